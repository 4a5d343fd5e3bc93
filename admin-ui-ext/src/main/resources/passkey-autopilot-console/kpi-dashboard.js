/*
 * Passkey Autopilot support console: the KPI dashboard (issue 14), for agents with support-analytics.
 *
 * The console (console.js) mounts this view on "#kpi" and hands it a host: its admin requests with the bearer
 * token, its messages and its DOM builder. The numbers are the server's (/kpi, /kpi/daily, /kpi/funnels/*,
 * /kpi/experiments/{name}); this file only lays them out, never derives a rate or a classification itself.
 * Charts are drawn by Chart.js (chart.umd.js, unpacked from its webjar at build time); every chart has a data
 * table next to it for screen readers and for anyone who wants the figures.
 *
 * The same safety rule as console.js: server data reaches the page only as text.
 */
(function (root) {
    "use strict";

    const DEFAULT_DAYS = 30;
    /** The server refuses longer ranges (docs/kpi.md); the form says so before asking. */
    const MAX_DAYS = 400;
    const DAY_MS = 86400000;
    const RATES = [
        { id: "enrollment", section: "enrollment", rate: "rate", numerator: "created", denominator: "offered" },
        { id: "loginSuccess", section: "login", rate: "successRate", numerator: "passkeySucceeded", denominator: "passkeyStarted" },
        { id: "usage", section: "login", rate: "usageRate", numerator: "signInsWithPasskey", denominator: "signIns" },
        { id: "coverage", section: "coverage", rate: "rate", numerator: "activeUsersWithPasskey", denominator: "activeUsers" },
    ];
    const PLATFORM_COLUMNS = [
        { id: "name", kind: "text" },
        { id: "offered", kind: "count", read: (g) => pick(g, "enrollment", "offered") },
        { id: "created", kind: "count", read: (g) => pick(g, "enrollment", "created") },
        { id: "enrollmentRate", kind: "rate", read: (g) => pick(g, "enrollment", "rate") },
        { id: "passkeyStarted", kind: "count", read: (g) => pick(g, "login", "passkeyStarted") },
        { id: "passkeySucceeded", kind: "count", read: (g) => pick(g, "login", "passkeySucceeded") },
        { id: "successRate", kind: "rate", read: (g) => pick(g, "login", "successRate") },
    ];

    // ------------------------------------------------------------------------------------------------
    // Pure helpers (no DOM). Exported for unit tests when loaded by Node.
    // ------------------------------------------------------------------------------------------------

    /** A Date's calendar day as YYYY-MM-DD in the browser's time zone (the default range is "my last 30 days"). */
    function localIsoDate(date) {
        const pad = (n) => String(n).padStart(2, "0");
        return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate());
    }

    /** Whether text is a real calendar day YYYY-MM-DD. */
    function isIsoDate(text) {
        if (typeof text !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(text)) {
            return false;
        }
        const ms = Date.parse(text + "T00:00:00Z");
        return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === text;
    }

    /** The day n days after (or before, n < 0) an ISO day; calendar arithmetic in UTC, so no DST surprises. */
    function addDays(isoDay, n) {
        return new Date(Date.parse(isoDay + "T00:00:00Z") + n * DAY_MS).toISOString().slice(0, 10);
    }

    /** Days from..to, both included. */
    function dayCount(from, to) {
        return Math.round((Date.parse(to + "T00:00:00Z") - Date.parse(from + "T00:00:00Z")) / DAY_MS) + 1;
    }

    /** The last `days` days up to and including today. */
    function defaultRange(today, days) {
        return { from: addDays(today, -((days || DEFAULT_DAYS) - 1)), to: today };
    }

    /** The period of equal length that ends the day before `from`: what each tile compares with. */
    function previousRange(range) {
        const length = dayCount(range.from, range.to);
        return { from: addDays(range.from, -length), to: addDays(range.from, -1) };
    }

    /** The message key of what is wrong with a range, or null: the same rules the server applies. */
    function rangeProblem(from, to) {
        if (!isIsoDate(from)) {
            return "kpi.range.badFrom";
        }
        if (!isIsoDate(to)) {
            return "kpi.range.badTo";
        }
        if (from > to) {
            return "kpi.range.reversed";
        }
        if (dayCount(from, to) > MAX_DAYS) {
            return "kpi.range.tooLong";
        }
        return null;
    }

    /** The range in a "#kpi?from=…&to=…" hash, or null. */
    function rangeFromHash(hash) {
        const match = /^#kpi\?(.*)$/.exec(hash || "");
        if (!match) {
            return null;
        }
        const params = new URLSearchParams(match[1]);
        const from = params.get("from");
        const to = params.get("to");
        return rangeProblem(from, to) === null ? { from, to } : null;
    }

    /** A number, or null for anything else (absent fields, null rates). */
    function numberOrNull(value) {
        return typeof value === "number" && Number.isFinite(value) ? value : null;
    }

    function pick(object, section, field) {
        const part = object && typeof object[section] === "object" && object[section] ? object[section] : null;
        return part ? numberOrNull(part[field]) : null;
    }

    /** The change of a rate between two periods in percentage points, or null when either rate is missing. */
    function pointsChange(current, previous) {
        const a = numberOrNull(current);
        const b = numberOrNull(previous);
        return a === null || b === null ? null : Math.round((a - b) * 1000) / 10;
    }

    /**
     * Rows sorted by one column: numbers numerically, texts by the locale's collation; rows without a value last
     * in either direction, so "no data" never outranks a real number. Stable: ties keep their order.
     */
    function sortRows(rows, read, direction, locale) {
        const sign = direction === "descending" ? -1 : 1;
        const collator = new Intl.Collator(locale, { numeric: true, sensitivity: "base" });
        return rows.map((row, index) => ({ row, index, value: read(row) }))
            .sort((a, b) => {
                const aMissing = a.value === null || a.value === undefined || a.value === "";
                const bMissing = b.value === null || b.value === undefined || b.value === "";
                if (aMissing || bMissing) {
                    return aMissing === bMissing ? a.index - b.index : aMissing ? 1 : -1;
                }
                const order = typeof a.value === "number" && typeof b.value === "number"
                    ? a.value - b.value : collator.compare(String(a.value), String(b.value));
                return order !== 0 ? sign * order : a.index - b.index;
            })
            .map((entry) => entry.row);
    }

    /** The value a group stands for in one dimension: its key's field of that name, else its only field. */
    function groupName(group, dimension) {
        const key = group && typeof group.key === "object" && group.key ? group.key : {};
        if (typeof key[dimension] === "string") {
            return key[dimension];
        }
        const values = Object.values(key).filter((v) => typeof v === "string");
        return values.length === 1 ? values[0] : values.join(" / ");
    }

    /** The experiment names of a rollout rule set (docs/rollout.md), in its order. */
    function experimentNames(ruleSet) {
        const list = ruleSet && Array.isArray(ruleSet.experiments) ? ruleSet.experiments : [];
        return list.map((e) => (e && typeof e.name === "string" ? e.name : null)).filter(Boolean);
    }

    /** The daily rows of a /kpi/daily answer, whatever its list is called. */
    function dailyRows(answer) {
        if (Array.isArray(answer)) {
            return answer;
        }
        for (const name of ["days", "rows", "daily"]) {
            if (answer && Array.isArray(answer[name])) {
                return answer[name];
            }
        }
        return [];
    }

    function rowDay(row) {
        return row && typeof row.day === "string" ? row.day : row && typeof row.date === "string" ? row.date : "";
    }

    /** The steps of a funnel answer: name, count and the server's step-to-step conversion (null on the first step). */
    function funnelSteps(answer) {
        const steps = answer && Array.isArray(answer.steps) ? answer.steps : [];
        return steps.map((step) => ({
            name: typeof step.step === "string" ? step.step : typeof step.name === "string" ? step.name : String(step.key || ""),
            count: numberOrNull(step.count),
            conversion: numberOrNull(step.conversion !== undefined ? step.conversion : step.conversionFromPrevious),
        }));
    }

    /** A confidence interval in any of the shapes {lower, upper} / {low, high} / [lower, upper], or null. */
    function interval(value) {
        if (Array.isArray(value) && value.length === 2) {
            return numberOrNull(value[0]) === null || numberOrNull(value[1]) === null ? null : { lower: value[0], upper: value[1] };
        }
        if (value && typeof value === "object") {
            const lower = numberOrNull(value.lower !== undefined ? value.lower : value.low);
            const upper = numberOrNull(value.upper !== undefined ? value.upper : value.high);
            return lower === null || upper === null ? null : { lower, upper };
        }
        return null;
    }

    const exported = {
        localIsoDate, isIsoDate, addDays, dayCount, defaultRange, previousRange, rangeProblem, rangeFromHash, pointsChange,
        sortRows, groupName, experimentNames, dailyRows, funnelSteps, interval, MAX_DAYS,
    };
    if (typeof module === "object" && module && module.exports) {
        module.exports = exported;
    }
    if (typeof document === "undefined") {
        return;
    }

    // ------------------------------------------------------------------------------------------------
    // The view
    // ------------------------------------------------------------------------------------------------

    let host = null;
    let state = null; // {range, data, charts, sort: {os, browser}, experiment, readout, generation}

    const t = (...args) => host.t(...args);
    const el = (...args) => host.el(...args);
    const locale = () => host.locale();

    function count(value) {
        const n = numberOrNull(value);
        return n === null ? t("kpi.none") : new Intl.NumberFormat(locale()).format(n);
    }

    function percent(value, digits) {
        const n = numberOrNull(value);
        return n === null ? t("kpi.none") : new Intl.NumberFormat(locale(), {
            style: "percent", minimumFractionDigits: 0, maximumFractionDigits: digits === undefined ? 1 : digits,
        }).format(n);
    }

    function points(value) {
        const n = numberOrNull(value);
        return n === null ? t("kpi.none") : new Intl.NumberFormat(locale(), {
            maximumFractionDigits: 1, signDisplay: "exceptZero",
        }).format(n);
    }

    function decimal(value, digits) {
        const n = numberOrNull(value);
        return n === null ? t("kpi.none") : new Intl.NumberFormat(locale(), { maximumSignificantDigits: digits || 3 }).format(n);
    }

    function longDate(isoDay) {
        return new Intl.DateTimeFormat(locale(), { dateStyle: "medium", timeZone: "UTC" }).format(new Date(isoDay + "T00:00:00Z"));
    }

    function shortDate(isoDay) {
        return new Intl.DateTimeFormat(locale(), { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(isoDay + "T00:00:00Z"));
    }

    function durationMs(value) {
        const n = numberOrNull(value);
        if (n === null) {
            return t("kpi.none");
        }
        return n < 1000
            ? new Intl.NumberFormat(locale(), { style: "unit", unit: "millisecond", maximumFractionDigits: 0 }).format(n)
            : new Intl.NumberFormat(locale(), { style: "unit", unit: "second", maximumFractionDigits: 1 }).format(n / 1000);
    }

    /** Words for a code the server reports (a fallback reason, a funnel step), else the code itself. */
    function label(prefix, code) {
        return host.has(prefix + "." + code) ? t(prefix + "." + code) : code;
    }

    function section(id, headingKey, ...children) {
        return el("section", { class: "panel kpi-panel", id, "aria-labelledby": id + "-heading" },
            el("h2", { class: "section-heading", id: id + "-heading", text: t(headingKey) }), ...children);
    }

    /** A table that scrolls inside its own box on a narrow screen; the box is focusable so keyboards can scroll it. */
    function tableBox(captionText, table) {
        // "Table: …": a region named like the section around it would be two landmarks of one name
        return el("div", { class: "kpi-table-wrap", role: "region", tabindex: "0", "aria-label": t("kpi.tableOf", captionText) }, table);
    }

    function simpleTable(captionText, columns, rows, testid) {
        return tableBox(captionText, el("table", { class: "kpi-table", dataset: testid ? { testid } : null },
            el("caption", { class: "visually-hidden", text: captionText }),
            el("thead", null, el("tr", null, columns.map((c, i) => el("th", { scope: "col", class: i > 0 ? "num" : null, text: c })))),
            el("tbody", null, rows.map((cells) => el("tr", null, cells.map((c, i) =>
                i === 0 ? el("th", { scope: "row", text: c }) : el("td", { class: "num", text: c })))))));
    }

    function emptyNote(key) {
        return el("p", { class: "muted kpi-empty", text: t(key) });
    }

    // ---- lifecycle ---------------------------------------------------------------------------------------

    function mount(consoleHost) {
        host = consoleHost;
        const range = rangeFromHash(location.hash) || defaultRange(localIsoDate(new Date()), DEFAULT_DAYS);
        state = { range, data: null, charts: [], sort: {}, experiment: null, readout: null, experimentError: null, generation: 0 };
        renderFrame();
        return load();
    }

    function unmount() {
        destroyCharts();
        state = null;
    }

    /** The language changed: draw the same data again in the new words and formats. */
    function relabel() {
        if (!state) {
            return;
        }
        renderFrame();
        if (state.data) {
            renderData();
        }
    }

    function destroyCharts() {
        if (state) {
            for (const chart of state.charts) {
                chart.destroy();
            }
            state.charts = [];
        }
    }

    // ---- frame: heading, range form, export ---------------------------------------------------------------

    function renderFrame() {
        destroyCharts();
        const container = host.container;
        container.textContent = "";
        const from = el("input", { type: "date", id: "kpi-from", class: "kpi-date", required: true, value: state.range.from,
            max: state.range.to, "aria-describedby": "kpi-range-hint" });
        const to = el("input", { type: "date", id: "kpi-to", class: "kpi-date", required: true, value: state.range.to,
            "aria-describedby": "kpi-range-hint" });
        const form = el("form", { id: "kpi-range-form", class: "kpi-range", novalidate: true },
            el("div", { class: "kpi-field" }, el("label", { for: "kpi-from", text: t("kpi.range.from") }), from),
            el("div", { class: "kpi-field" }, el("label", { for: "kpi-to", text: t("kpi.range.to") }), to),
            el("button", { type: "submit", id: "kpi-apply", class: "button button-primary", text: t("kpi.range.apply") }),
            el("button", { type: "button", id: "kpi-export", class: "button", dataset: { testid: "kpi-export" }, text: t("kpi.export.button"),
                on: { click: exportCsv } }));
        form.addEventListener("submit", (event) => {
            event.preventDefault();
            applyRange(from.value, to.value);
        });
        container.append(el("section", { id: "kpi-view", class: "kpi-view", "aria-labelledby": "kpi-heading" },
            el("h1", { id: "kpi-heading", class: "kpi-heading", tabindex: "-1", text: t("kpi.heading") }),
            el("p", { class: "muted", text: t("kpi.intro") }),
            form,
            el("p", { id: "kpi-range-hint", class: "small muted", text: t("kpi.range.hint", MAX_DAYS) }),
            el("p", { id: "kpi-range-error", class: "kpi-range-error", role: "alert", hidden: true }),
            el("div", { id: "kpi-body", class: "kpi-body", "aria-live": "polite", "aria-busy": "false" })));
    }

    function applyRange(from, to) {
        const problem = rangeProblem(from, to);
        const error = document.getElementById("kpi-range-error");
        if (problem) {
            error.textContent = t(problem, MAX_DAYS);
            error.hidden = false;
            document.getElementById(problem === "kpi.range.badTo" ? "kpi-to" : "kpi-from").focus();
            return;
        }
        error.hidden = true;
        state.range = { from, to };
        document.getElementById("kpi-from").max = to;
        history.replaceState(history.state, "", location.pathname + location.search + "#kpi?from=" + from + "&to=" + to);
        load();
    }

    // ---- loading ---------------------------------------------------------------------------------------------

    function rangeQuery(range) {
        return "from=" + encodeURIComponent(range.from) + "&to=" + encodeURIComponent(range.to);
    }

    async function load() {
        const generation = ++state.generation;
        const range = state.range;
        const previous = previousRange(range);
        const body = document.getElementById("kpi-body");
        body.setAttribute("aria-busy", "true");
        body.textContent = "";
        body.append(el("p", { class: "inline-loading", dataset: { testid: "kpi-loading" } },
            el("span", { class: "spinner", "aria-hidden": "true" }), t("kpi.loading")));
        document.body.dataset.kpiReady = "false";
        const q = rangeQuery(range);
        let data;
        try {
            const [current, before, daily, append, login, os, browser, rollout] = await Promise.all([
                host.adminApi("GET", "/kpi?" + q),
                host.adminApi("GET", "/kpi?" + rangeQuery(previous)),
                host.adminApi("GET", "/kpi/daily?" + q),
                host.adminApi("GET", "/kpi/funnels/append?" + q),
                host.adminApi("GET", "/kpi/funnels/login?" + q),
                host.adminApi("GET", "/kpi?" + q + "&groupBy=os"),
                host.adminApi("GET", "/kpi?" + q + "&groupBy=browser"),
                // the rule set needs view-realm; without it the analyst types the experiment's name
                host.adminApi("GET", "/rollout").catch(() => null),
            ]);
            data = { current, before, previous, daily: dailyRows(daily), append, login, os, browser, experiments: experimentNames(rollout) };
        } catch (e) {
            if (!state || generation !== state.generation) {
                return;
            }
            body.textContent = "";
            body.append(el("div", { class: "state state-error", role: "alert", dataset: { testid: "kpi-error" } },
                el("p", { class: "state-error-text", text: e.message || t("error.generic") }),
                el("button", { type: "button", class: "button", text: t("state.retry"), on: { click: load } })));
            body.setAttribute("aria-busy", "false");
            return;
        }
        if (!state || generation !== state.generation) {
            return;
        }
        state.data = data;
        if (!state.experiment || !data.experiments.includes(state.experiment)) {
            state.experiment = data.experiments.length ? data.experiments[0] : state.experiment;
            state.readout = null;
            state.experimentError = null;
        }
        renderData();
        if (state.experiment) {
            await loadExperiment(state.experiment);
        }
        if (state && generation === state.generation) {
            document.body.dataset.kpiReady = "true";
        }
    }

    async function loadExperiment(name) {
        const generation = state.generation;
        state.experiment = name;
        state.readout = null;
        state.experimentError = null;
        state.experimentLoading = true;
        renderExperimentBody(true);
        try {
            const readout = await host.adminApi("GET", "/kpi/experiments/" + encodeURIComponent(name) + "?" + rangeQuery(state.range));
            if (!state || generation !== state.generation) {
                return;
            }
            state.readout = readout;
        } catch (e) {
            if (!state || generation !== state.generation) {
                return;
            }
            state.experimentError = e.message || t("error.generic");
        }
        state.experimentLoading = false;
        renderExperimentBody(false);
    }

    // ---- the data ----------------------------------------------------------------------------------------------

    function renderData() {
        destroyCharts();
        const data = state.data;
        const body = document.getElementById("kpi-body");
        body.textContent = "";
        const current = data.current || {};
        body.append(
            el("p", { class: "small muted", dataset: { testid: "kpi-period" }, text: t("kpi.period", longDate(state.range.from), longDate(state.range.to),
                typeof current.timeZone === "string" ? current.timeZone : "UTC", longDate(data.previous.from), longDate(data.previous.to)) }),
            tiles(current, data.before || {}),
            trendSection(data.daily),
            el("div", { class: "kpi-columns" },
                funnelSection("kpi-funnel-append", "kpi.funnel.append.heading", "kpi.funnel.append.help", data.append),
                funnelSection("kpi-funnel-login", "kpi.funnel.login.heading", "kpi.funnel.login.help", data.login)),
            platformsSection(data.os, data.browser),
            experimentSection(data.experiments),
            el("div", { class: "kpi-columns" }, signInSection(current.login || {}), secondFactorSection(current.secondFactor || {})),
            postureSection(current.posture || {}));
        body.setAttribute("aria-busy", "false");
        drawCharts();
        if (state.readout || state.experimentError || state.experimentLoading) {
            renderExperimentBody(state.experimentLoading);
        }
    }

    function tiles(current, before) {
        return el("section", { id: "kpi-rates", class: "kpi-rates", "aria-labelledby": "kpi-rates-heading" },
            el("h2", { id: "kpi-rates-heading", class: "visually-hidden", text: t("kpi.rates.heading") }),
            el("ul", { class: "kpi-tiles" }, RATES.map((rate) => tile(rate, current, before))));
    }

    function tile(rate, current, before) {
        const value = pick(current, rate.section, rate.rate);
        const previousValue = pick(before, rate.section, rate.rate);
        const numerator = pick(current, rate.section, rate.numerator);
        const denominator = pick(current, rate.section, rate.denominator);
        const change = pointsChange(value, previousValue);
        const headingId = "kpi-tile-" + rate.id;
        return el("li", { class: "kpi-tile", dataset: { testid: "kpi-tile", kpi: rate.id, rate: value === null ? "" : String(value),
                numerator: numerator === null ? "" : String(numerator), denominator: denominator === null ? "" : String(denominator),
                previousRate: previousValue === null ? "" : String(previousValue) } },
            el("h3", { class: "kpi-tile-name", id: headingId, text: t("kpi.rate." + rate.id) }),
            el("p", { class: "kpi-tile-value", dataset: { testid: "kpi-tile-value" }, text: value === null ? t("kpi.none") : percent(value) }),
            value === null
                ? el("p", { class: "small muted", dataset: { testid: "kpi-tile-nodata" }, text: t("kpi.noData." + rate.id) })
                : el("p", { class: "small", dataset: { testid: "kpi-tile-fraction" }, text: t("kpi.fraction." + rate.id, count(numerator), count(denominator)) }),
            el("p", { class: "small muted kpi-tile-compare", dataset: { testid: "kpi-tile-previous" } },
                previousValue === null
                    ? t("kpi.previous.none")
                    : t("kpi.previous.value", percent(previousValue)),
                change === null ? null : " ",
                change === null ? null : el("span", { class: "kpi-change " + (change > 0 ? "kpi-up" : change < 0 ? "kpi-down" : ""),
                    text: t("kpi.previous.change", points(change)) })),
            el("p", { class: "small muted", text: t("kpi.define." + rate.id) }));
    }

    // ---- trend --------------------------------------------------------------------------------------------------

    const TREND_SERIES = [
        { id: "enrollment", read: (row) => pick(row, "enrollment", "rate") },
        { id: "loginSuccess", read: (row) => pick(row, "login", "successRate") },
        { id: "usage", read: (row) => pick(row, "login", "usageRate") },
    ];

    function trendSection(rows) {
        if (rows.length === 0) {
            return section("kpi-trend", "kpi.trend.heading", emptyNote("kpi.trend.empty"));
        }
        const tableRows = rows.map((row) => [longDate(rowDay(row)), ...TREND_SERIES.map((s) => percent(s.read(row))),
            count(pick(row, "enrollment", "offered")), count(pick(row, "enrollment", "created")),
            count(pick(row, "login", "passkeyStarted")), count(pick(row, "login", "passkeySucceeded")), count(pick(row, "login", "signIns"))]);
        return section("kpi-trend", "kpi.trend.heading",
            el("p", { class: "small muted", text: t("kpi.trend.help") }),
            chartBox("kpi-trend-chart", t("kpi.trend.chartLabel", longDate(state.range.from), longDate(state.range.to))),
            dataTable("kpi-trend-table", t("kpi.trend.heading"),
                [t("kpi.col.day"), ...TREND_SERIES.map((s) => t("kpi.rate." + s.id)), t("kpi.col.offered"), t("kpi.col.created"),
                    t("kpi.col.passkeyStarted"), t("kpi.col.passkeySucceeded"), t("kpi.col.signIns")], tableRows));
    }

    /** A chart canvas: an image to assistive technology, described by its label; the numbers are in the table below it. */
    function chartBox(id, description) {
        return el("div", { class: "kpi-chart" }, el("canvas", { id, role: "img", "aria-label": description }, description));
    }

    /** The data table behind a chart, in a disclosure so the page stays short; screen readers reach it either way. */
    function dataTable(id, captionText, columns, rows) {
        return el("details", { class: "kpi-details" },
            el("summary", { text: t("kpi.showTable") }),
            simpleTable(captionText, columns, rows, id));
    }

    // ---- funnels -------------------------------------------------------------------------------------------------

    function funnelSection(id, headingKey, helpKey, answer) {
        const steps = funnelSteps(answer);
        if (steps.length === 0) {
            return section(id, headingKey, emptyNote("kpi.funnel.empty"));
        }
        const prefix = id === "kpi-funnel-append" ? "kpi.funnel.append.step" : "kpi.funnel.login.step";
        const rows = steps.map((step, index) => [label(prefix, step.name), count(step.count),
            index === 0 ? t("kpi.funnel.start") : percent(step.conversion)]);
        const fallbacks = answer && answer.fallbacks && typeof answer.fallbacks === "object" ? Object.entries(answer.fallbacks) : [];
        const prompted = answer && answer.prompted && typeof answer.prompted === "object" ? Object.entries(answer.prompted) : [];
        return section(id, headingKey,
            el("p", { class: "small muted", text: t(helpKey) }),
            chartBox(id + "-chart", t("kpi.funnel.chartLabel", t(headingKey))),
            simpleTable(t(headingKey), [t("kpi.col.step"), t("kpi.col.count"), t("kpi.col.conversion")], rows, id + "-table"),
            prompted.length
                ? simpleTable(t("kpi.funnel.promptedBy"), [t("kpi.col.method"), t("kpi.col.count")],
                    prompted.map(([method, n]) => [label("kpi.method", method), count(n)]), id + "-prompted")
                : null,
            fallbacks.length
                ? simpleTable(t("kpi.fallbacks.heading"), [t("kpi.col.reason"), t("kpi.col.count")],
                    fallbacks.sort((a, b) => b[1] - a[1]).map(([reason, n]) => [label("outcome", reason), count(n)]), id + "-fallbacks")
                : id === "kpi-funnel-login" ? emptyNote("kpi.fallbacks.empty") : null);
    }

    // ---- per OS / browser ---------------------------------------------------------------------------------------

    function platformsSection(os, browser) {
        return section("kpi-platforms", "kpi.platforms.heading",
            el("p", { class: "small muted", text: t("kpi.platforms.help") }),
            platformTable("os", os),
            platformTable("browser", browser));
    }

    function platformTable(dimension, answer) {
        const groups = answer && Array.isArray(answer.groups) ? answer.groups : [];
        const caption = t("kpi.platforms." + dimension);
        const wrapper = el("div", { class: "kpi-platform", id: "kpi-platform-" + dimension },
            el("h3", { class: "card-heading", text: caption }));
        if (groups.length === 0) {
            wrapper.append(emptyNote("kpi.platforms.empty"));
            return wrapper;
        }
        const columns = PLATFORM_COLUMNS.map((c) => (c.id === "name" ? { ...c, read: (g) => groupName(g, dimension) } : c));
        const sort = state.sort[dimension] || { column: null, direction: "none" };
        const rows = sort.column ? sortRows(groups, columns.find((c) => c.id === sort.column).read, sort.direction, locale()) : groups;
        const head = el("tr", null, columns.map((column) => {
            const ariaSort = sort.column === column.id ? sort.direction : "none";
            const button = el("button", { type: "button", class: "kpi-sort", dataset: { testid: "kpi-sort", column: column.id } },
                t(column.id === "name" ? "kpi.col." + dimension : "kpi.col." + column.id),
                el("span", { class: "kpi-sort-mark", "aria-hidden": "true", text: ariaSort === "ascending" ? "▲" : ariaSort === "descending" ? "▼" : "↕" }));
            button.addEventListener("click", () => {
                const next = sort.column === column.id && sort.direction === "ascending" ? "descending" : "ascending";
                state.sort[dimension] = { column: column.id, direction: next };
                const fresh = platformTable(dimension, answer);
                wrapper.replaceWith(fresh);
                const again = fresh.querySelector("[data-column=\"" + column.id + "\"]");
                if (again) {
                    again.focus();
                }
            });
            return el("th", { scope: "col", class: column.kind === "text" ? null : "num", "aria-sort": ariaSort }, button);
        }));
        const body = el("tbody", null, rows.map((group) => el("tr", { dataset: { testid: "kpi-platform-row", name: groupName(group, dimension) } },
            columns.map((column) => {
                const value = column.read(group);
                if (column.kind === "text") {
                    return el("th", { scope: "row", text: value || t("kpi.platforms.unknown") });
                }
                return el("td", { class: "num", dataset: { value: value === null ? "" : String(value) },
                    text: column.kind === "rate" ? percent(value) : count(value) });
            }))));
        wrapper.append(tableBox(caption, el("table", { class: "kpi-table kpi-sortable", dataset: { testid: "kpi-platform-table", dimension } },
            el("caption", { class: "visually-hidden", text: t("kpi.platforms.caption", caption) }),
            el("thead", null, head), body)));
        return wrapper;
    }

    // ---- experiment readout -------------------------------------------------------------------------------------

    function experimentSection(names) {
        const input = el("input", { id: "kpi-experiment", class: "kpi-experiment-input", type: "text", list: names.length ? "kpi-experiment-names" : null,
            value: state.experiment || "", autocomplete: "off", spellcheck: "false", maxlength: "200", "aria-describedby": "kpi-experiment-hint" });
        const form = el("form", { id: "kpi-experiment-form", class: "kpi-range", novalidate: true },
            el("div", { class: "kpi-field kpi-field-wide" }, el("label", { for: "kpi-experiment", text: t("kpi.experiment.name") }), input,
                names.length ? el("datalist", { id: "kpi-experiment-names" }, names.map((name) => el("option", { value: name }))) : null),
            el("button", { type: "submit", class: "button", id: "kpi-experiment-show", text: t("kpi.experiment.show") }));
        form.addEventListener("submit", (event) => {
            event.preventDefault();
            const name = input.value.trim();
            if (name) {
                loadExperiment(name);
            } else {
                input.focus();
            }
        });
        return section("kpi-experiment-section", "kpi.experiment.heading",
            el("p", { id: "kpi-experiment-hint", class: "small muted",
                text: names.length ? t("kpi.experiment.help", names.length) : t("kpi.experiment.helpNoList") }),
            form,
            el("div", { id: "kpi-experiment-body", "aria-live": "polite" }));
    }

    function renderExperimentBody(loading) {
        const body = document.getElementById("kpi-experiment-body");
        if (!body) {
            return;
        }
        body.textContent = "";
        if (loading) {
            body.append(el("p", { class: "inline-loading" }, el("span", { class: "spinner", "aria-hidden": "true" }), t("kpi.loading")));
            return;
        }
        if (state.experimentError) {
            body.append(el("p", { class: "kpi-range-error", role: "alert", dataset: { testid: "kpi-experiment-error" }, text: state.experimentError }));
            return;
        }
        const readout = state.readout;
        if (!readout) {
            body.append(emptyNote("kpi.experiment.none"));
            return;
        }
        const arms = Array.isArray(readout.arms) ? readout.arms : [];
        const controlName = typeof readout.control === "string" ? readout.control : null;
        const columns = [t("kpi.col.arm"), t("kpi.col.assigned"), t("kpi.col.offers"), t("kpi.col.conversions"), t("kpi.col.rate"),
            t("kpi.col.interval"), t("kpi.col.difference"), t("kpi.col.differenceInterval"), t("kpi.col.pValue")];
        const rows = arms.map((arm) => {
            const name = typeof arm.arm === "string" ? arm.arm : String(arm.name || "");
            const isControl = arm.control === true || name === controlName;
            const versus = arm.versusControl || arm.comparison || null;
            const rateInterval = interval(arm.interval || arm.rateInterval);
            const diffInterval = versus ? interval(versus.interval || versus.differenceInterval) : null;
            return el("tr", { dataset: { testid: "kpi-arm-row", arm: name, rate: numberOrNull(arm.rate) === null ? "" : String(arm.rate) } },
                el("th", { scope: "row" }, name, isControl ? el("span", { class: "badge badge-neutral kpi-control", text: t("kpi.experiment.control") }) : null),
                el("td", { class: "num", text: count(arm.usersAssigned !== undefined ? arm.usersAssigned : arm.assigned) }),
                el("td", { class: "num", text: count(arm.offers) }),
                el("td", { class: "num", text: count(arm.conversions) }),
                el("td", { class: "num", text: percent(arm.rate) }),
                el("td", { class: "num", text: rateInterval ? t("kpi.interval", percent(rateInterval.lower), percent(rateInterval.upper)) : t("kpi.none") }),
                el("td", { class: "num", text: versus ? t("kpi.points", points(numberOrNull(versus.difference) === null ? null : versus.difference * 100)) : isControl ? t("kpi.experiment.isControl") : t("kpi.none") }),
                el("td", { class: "num", text: diffInterval ? t("kpi.points", t("kpi.interval", points(diffInterval.lower * 100), points(diffInterval.upper * 100))) : t("kpi.none") }),
                el("td", { class: "num", text: versus ? decimal(versus.pValue) : t("kpi.none") }));
        });
        const srm = readout.sampleRatioMismatch && readout.sampleRatioMismatch.checked !== false ? readout.sampleRatioMismatch : null;
        const srmP = srm ? numberOrNull(srm.pValue) : null;
        const flagged = readout.srmFlagged === true || (srm !== null && srm.flagged === true);
        body.append(
            el("p", { class: "small muted", text: t("kpi.experiment.readoutFor", typeof readout.experiment === "string" ? readout.experiment : state.experiment,
                percent(numberOrNull(readout.confidence) === null ? 0.95 : readout.confidence, 0)) }),
            arms.length === 0 ? emptyNote("kpi.experiment.noArms") : tableBox(t("kpi.experiment.heading"),
                el("table", { class: "kpi-table", dataset: { testid: "kpi-experiment-table" } },
                    el("caption", { class: "visually-hidden", text: t("kpi.experiment.caption", state.experiment) }),
                    el("thead", null, el("tr", null, columns.map((c, i) => el("th", { scope: "col", class: i > 0 ? "num" : null, text: c })))),
                    el("tbody", null, rows))),
            el("p", { class: flagged ? "kpi-srm kpi-srm-flagged" : "kpi-srm small muted", dataset: { testid: "kpi-srm", flagged: String(flagged) },
                role: flagged ? "alert" : null,
                text: flagged ? t("kpi.experiment.srmFlagged", decimal(srmP)) : srm ? t("kpi.experiment.srmOk", decimal(srmP)) : t("kpi.experiment.srmNone") }),
            el("p", { class: "small muted", text: t("kpi.experiment.help2") }));
    }

    // ---- sign-in time, fallbacks, second factor, posture -----------------------------------------------------------

    function facts(entries) {
        return el("dl", { class: "facts kpi-facts" }, entries.map(([term, value, testid]) =>
            [el("dt", { text: term }), el("dd", { dataset: testid ? { testid } : null, text: value })]));
    }

    /** Time to sign in and failures; the fallbacks by reason are in the sign-in funnel. */
    function signInSection(login) {
        const duration = login.durationMs || {};
        return section("kpi-signin", "kpi.signin.heading",
            el("p", { class: "small muted", text: t("kpi.signin.help") }),
            facts([
                [t("kpi.signin.p50"), durationMs(duration.p50), "kpi-p50"],
                [t("kpi.signin.p90"), durationMs(duration.p90), "kpi-p90"],
                [t("kpi.signin.failed"), count(login.passkeyFailed), "kpi-passkey-failed"],
            ]));
    }

    function secondFactorSection(secondFactor) {
        const entries = [
            [t("kpi.secondFactor.passkeySucceeded"), count(secondFactor.passkeySucceeded), "kpi-2fa-passkey"],
            [t("kpi.secondFactor.fallbacks"), count(secondFactor.fallbacks), "kpi-2fa-fallbacks"],
            [t("kpi.secondFactor.codesSaved"), count(secondFactor.codesSaved), "kpi-codes-saved"],
        ];
        // the realm's cost of one code has no currency: the amount is shown in the unit the admin entered it in
        const saved = numberOrNull(secondFactor.moneySaved);
        const cost = numberOrNull(secondFactor.costPerCode);
        if (saved !== null && cost !== null) {
            const money = (n) => new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
            entries.push([t("kpi.secondFactor.moneySaved", money(cost)), money(saved), "kpi-money-saved"]);
        } else {
            entries.push([t("kpi.secondFactor.moneySavedLabel"), t("kpi.secondFactor.noCost"), "kpi-money-saved"]);
        }
        return section("kpi-second-factor", "kpi.secondFactor.heading",
            el("p", { class: "small muted", text: t("kpi.secondFactor.help") }), facts(entries));
    }

    function postureSection(posture) {
        const providers = posture.byProvider && typeof posture.byProvider === "object" ? Object.entries(posture.byProvider) : [];
        return section("kpi-posture", "kpi.posture.heading",
            el("p", { class: "small muted", text: t("kpi.posture.help") }),
            el("div", { class: "kpi-columns" },
                facts([
                    [t("kpi.posture.synced"), count(posture.synced), "kpi-synced"],
                    [t("kpi.posture.deviceBound"), count(posture.deviceBound), "kpi-device-bound"],
                    [t("kpi.posture.usersWithoutPasskey"), count(posture.usersWithoutPasskey), "kpi-users-without"],
                    [t("kpi.posture.usersWithOnePasskey"), count(posture.usersWithOnePasskey), "kpi-users-one"],
                    [t("kpi.posture.usersWithTwoOrMore"), count(posture.usersWithTwoOrMorePasskeys), "kpi-users-two"],
                    [t("kpi.posture.usersWithOnlyDeviceBound"), count(posture.usersWithOnlyDeviceBound), "kpi-users-device-bound"],
                ]),
                providers.length
                    ? simpleTable(t("kpi.posture.providers"), [t("kpi.col.provider"), t("kpi.col.passkeys")],
                        providers.sort((a, b) => b[1] - a[1]).map(([name, n]) => [name, count(n)]), "kpi-providers")
                    : emptyNote("kpi.posture.noProviders")));
    }

    // ---- export ----------------------------------------------------------------------------------------------------

    async function exportCsv(event) {
        const button = event.currentTarget;
        const range = state.range;
        button.disabled = true;
        button.textContent = t("kpi.export.working");
        try {
            const blob = await host.adminDownload("/kpi/export?" + rangeQuery(range) + "&format=csv");
            const url = URL.createObjectURL(blob);
            const link = el("a", { href: url, download: "passkey-kpi-" + range.from + "-" + range.to + ".csv", class: "visually-hidden" });
            document.body.append(link);
            link.click();
            link.remove();
            // the download has its own copy by now; the object URL only keeps the Blob alive
            setTimeout(() => URL.revokeObjectURL(url), 60000);
            host.setStatus(t("kpi.export.done", longDate(range.from), longDate(range.to)), "success");
        } catch (e) {
            host.setStatus(t("kpi.export.failed", e.message || t("error.generic")), "error");
        } finally {
            button.disabled = false;
            button.textContent = t("kpi.export.button");
        }
    }

    // ---- charts ------------------------------------------------------------------------------------------------------

    function cssColor(name, fallback) {
        const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
        return value || fallback;
    }

    function drawCharts() {
        const Chart = root.Chart;
        if (typeof Chart !== "function") {
            return;
        }
        const text = cssColor("--text", "#1b2430");
        const grid = cssColor("--border", "#d8dee6");
        const palette = [cssColor("--chart-1", "#0b5cad"), cssColor("--chart-2", "#1e7a3c"), cssColor("--chart-3", "#8a5a00")];
        const common = {
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            locale: locale(),
            color: text,
            plugins: { legend: { labels: { color: text } } },
        };
        const percentTick = (value) => percent(value, 0);

        const trend = document.getElementById("kpi-trend-chart");
        if (trend) {
            const rows = state.data.daily;
            state.charts.push(new Chart(trend, {
                type: "line",
                data: {
                    labels: rows.map((row) => shortDate(rowDay(row))),
                    datasets: TREND_SERIES.map((series, i) => ({
                        label: t("kpi.rate." + series.id),
                        data: rows.map((row) => series.read(row)),
                        borderColor: palette[i],
                        backgroundColor: palette[i],
                        borderDash: [[], [6, 4], [2, 3]][i],
                        pointStyle: ["circle", "rect", "triangle"][i],
                        spanGaps: false,
                        // straight segments: a curve would overshoot 0 % and 100 % between two days
                        tension: 0,
                    })),
                },
                options: {
                    ...common,
                    interaction: { mode: "index", intersect: false },
                    scales: {
                        x: { ticks: { color: text, maxRotation: 0, autoSkip: true }, grid: { color: grid } },
                        y: { min: 0, max: 1, ticks: { color: text, callback: percentTick }, grid: { color: grid } },
                    },
                    plugins: {
                        ...common.plugins,
                        tooltip: { callbacks: { label: (item) => item.dataset.label + ": " + percent(item.raw) } },
                    },
                },
            }));
        }
        for (const [id, answer, prefix] of [["kpi-funnel-append", state.data.append, "kpi.funnel.append.step"],
            ["kpi-funnel-login", state.data.login, "kpi.funnel.login.step"]]) {
            const canvas = document.getElementById(id + "-chart");
            if (!canvas) {
                continue;
            }
            const steps = funnelSteps(answer);
            state.charts.push(new Chart(canvas, {
                type: "bar",
                data: {
                    labels: steps.map((step) => label(prefix, step.name)),
                    datasets: [{ label: t("kpi.col.count"), data: steps.map((step) => step.count), backgroundColor: palette[0] }],
                },
                options: {
                    ...common,
                    indexAxis: "y",
                    plugins: { legend: { display: false } },
                    scales: {
                        x: { beginAtZero: true, ticks: { color: text, precision: 0 }, grid: { color: grid } },
                        y: { ticks: { color: text }, grid: { display: false } },
                    },
                },
            }));
        }
    }

    root.PasskeyAutopilotKpi = { mount, unmount, relabel };
})(typeof window !== "undefined" ? window : globalThis);
