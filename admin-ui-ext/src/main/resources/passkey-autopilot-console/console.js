/*
 * Passkey Autopilot support console. Vanilla ES2020, no framework, no build step.
 *
 * Served at <base>/realms/<realm>/passkey-autopilot/console/ under a strict Content-Security-Policy
 * (script-src 'self', style-src 'self', connect-src 'self'): no inline scripts or styles, no eval, nothing
 * external. Every user-visible string comes from messages_<lang>.properties next to this file.
 *
 * Safety rule for this file: data from the server or the URL is only ever put into the page with
 * textContent, text nodes or setAttribute on harmless attributes; never with innerHTML. Icons are built
 * with createElementNS from constants below.
 *
 * Sign-in: OIDC authorization code flow with PKCE (S256) against the realm, public client
 * "passkey-autopilot-support". Tokens live in memory only; state, nonce and code_verifier live in
 * sessionStorage only for the redirect round trip.
 */
(function (root) {
    "use strict";

    const CLIENT_ID = "passkey-autopilot-support";
    /** The role that opens the console (agents and admins hold it through their composite roles). */
    const VIEWER_ROLE = "support-viewer";
    const SUPPORT_CLIENT_ROLES = "support-viewer, support-agent, support-analytics";
    const SEARCH_MAX = 20;
    const TIMELINE_PAGE = 50;
    const REASON_MAX = 500;
    const AUTH_KEY = "passkeyAutopilot.console.auth";
    const LANG_KEY = "passkeyAutopilot.console.lang";
    const LOCALES = ["en", "de"];
    const OIDC_PARAMS = ["code", "state", "session_state", "iss", "error", "error_description", "error_uri"];
    /**
     * Badge per outcome class. The server classifies every outcome code (the timeline's outcomeClass) so that
     * the console, the learning and the KPI reports count alike; the console never decides from a code.
     */
    const OUTCOME_CLASS_BADGES = { success: "success", failure: "danger" };
    const SVG_NS = "http://www.w3.org/2000/svg";

    // ------------------------------------------------------------------------------------------------
    // Pure helpers (no DOM). Exported for unit tests when loaded by Node.
    // ------------------------------------------------------------------------------------------------

    /**
     * Parses Java .properties text: '#' and '!' comments, key=value / key:value / key value, line
     * continuations with a trailing backslash, escapes \t \n \r \f \\ and \uXXXX. Values are trimmed.
     */
    function parseProperties(text) {
        const result = Object.create(null);
        const physical = String(text).replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
        let logical = null;
        const lines = [];
        for (const raw of physical) {
            let line = logical === null ? raw.replace(/^[ \t\f]+/, "") : raw.replace(/^[ \t\f]+/, "");
            if (logical === null && (line === "" || line[0] === "#" || line[0] === "!")) {
                continue;
            }
            let slashes = 0;
            for (let i = line.length - 1; i >= 0 && line[i] === "\\"; i--) {
                slashes++;
            }
            const continued = slashes % 2 === 1;
            if (continued) {
                line = line.slice(0, -1);
            }
            logical = logical === null ? line : logical + line;
            if (!continued) {
                lines.push(logical);
                logical = null;
            }
        }
        if (logical !== null) {
            lines.push(logical);
        }
        for (const line of lines) {
            let i = 0;
            let key = "";
            while (i < line.length) {
                const c = line[i];
                if (c === "\\" && i + 1 < line.length) {
                    key += line.slice(i, i + 2);
                    i += 2;
                    continue;
                }
                if (c === "=" || c === ":" || c === " " || c === "\t" || c === "\f") {
                    break;
                }
                key += c;
                i++;
            }
            while (i < line.length && (line[i] === " " || line[i] === "\t" || line[i] === "\f")) {
                i++;
            }
            if (i < line.length && (line[i] === "=" || line[i] === ":")) {
                i++;
            }
            const value = line.slice(i).trim();
            result[unescapeProperty(key)] = unescapeProperty(value);
        }
        return result;
    }

    function unescapeProperty(text) {
        let out = "";
        for (let i = 0; i < text.length; i++) {
            const c = text[i];
            if (c !== "\\" || i + 1 >= text.length) {
                out += c;
                continue;
            }
            const n = text[++i];
            if (n === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) {
                out += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
                i += 4;
            } else if (n === "n") {
                out += "\n";
            } else if (n === "t") {
                out += "\t";
            } else if (n === "r") {
                out += "\r";
            } else if (n === "f") {
                out += "\f";
            } else {
                out += n;
            }
        }
        return out;
    }

    /** Replaces {0}, {1}, ... with the arguments; placeholders without an argument stay as they are. */
    function format(template, args) {
        return String(template).replace(/\{(\d+)\}/g, (match, index) => {
            const value = args[Number(index)];
            return value === undefined || value === null ? match : String(value);
        });
    }

    /** Where this console runs: realm, base URL (with Keycloak's context path), and the URLs derived from them. */
    function consoleLocation(origin, pathname) {
        const match = /^(.*?)\/realms\/([^/]+)\/passkey-autopilot\/console(?:\/.*)?$/.exec(pathname || "");
        if (!match) {
            return null;
        }
        const realmSegment = match[2];
        let realm;
        try {
            realm = decodeURIComponent(realmSegment);
        } catch (e) {
            realm = realmSegment;
        }
        const base = origin + match[1];
        const realmUrl = base + "/realms/" + realmSegment;
        return {
            realm,
            base,
            realmUrl,
            consoleUrl: realmUrl + "/passkey-autopilot/console/",
            authUrl: realmUrl + "/protocol/openid-connect/auth",
            tokenUrl: realmUrl + "/protocol/openid-connect/token",
            logoutUrl: realmUrl + "/protocol/openid-connect/logout",
            adminBase: base + "/admin/realms/" + realmSegment + "/passkey-autopilot",
            apiBase: base + "/admin/realms/" + realmSegment + "/passkey-autopilot/support",
        };
    }

    /** ?lang= first, then the stored choice, then the browser's language (de* → de), else en. */
    function pickLocale(queryLang, storedLang, navigatorLanguages) {
        const normalise = (value) => (typeof value === "string" ? value.trim().toLowerCase().slice(0, 2) : "");
        for (const candidate of [queryLang, storedLang]) {
            const lang = normalise(candidate);
            if (LOCALES.includes(lang)) {
                return lang;
            }
        }
        const first = Array.isArray(navigatorLanguages) ? navigatorLanguages[0] : navigatorLanguages;
        return normalise(first) === "de" ? "de" : "en";
    }

    function base64UrlEncode(bytes) {
        let binary = "";
        for (let i = 0; i < bytes.length; i++) {
            binary += String.fromCharCode(bytes[i]);
        }
        const b64 = typeof btoa === "function" ? btoa(binary) : Buffer.from(binary, "binary").toString("base64");
        return b64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    }

    /** Decodes base64url to a UTF-8 string (a JWT part). Throws on malformed input. */
    function base64UrlDecodeText(text) {
        let b64 = String(text).replace(/-/g, "+").replace(/_/g, "/");
        while (b64.length % 4) {
            b64 += "=";
        }
        const binary = typeof atob === "function" ? atob(b64) : Buffer.from(b64, "base64").toString("binary");
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i++) {
            bytes[i] = binary.charCodeAt(i);
        }
        return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    }

    /** The payload of a JWT as an object, or null. The signature is not checked: the token came from the token endpoint over TLS. */
    function jwtPayload(token) {
        try {
            const parts = String(token).split(".");
            if (parts.length < 2) {
                return null;
            }
            const payload = JSON.parse(base64UrlDecodeText(parts[1]));
            return payload && typeof payload === "object" ? payload : null;
        } catch (e) {
            return null;
        }
    }

    const SHA256_K = new Uint32Array([
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]);

    /**
     * SHA-256 in plain JavaScript, for the PKCE challenge where crypto.subtle is missing (a console opened
     * over plain http on a host other than localhost is not a secure context).
     */
    function sha256(bytes) {
        const length = bytes.length;
        const padded = new Uint8Array(((length + 9 + 63) >> 6) << 6);
        padded.set(bytes);
        padded[length] = 0x80;
        const view = new DataView(padded.buffer);
        view.setUint32(padded.length - 8, Math.floor(length / 0x20000000), false);
        view.setUint32(padded.length - 4, (length << 3) >>> 0, false);
        const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
        const w = new Uint32Array(64);
        const rotr = (x, n) => (x >>> n) | (x << (32 - n));
        for (let offset = 0; offset < padded.length; offset += 64) {
            for (let i = 0; i < 16; i++) {
                w[i] = view.getUint32(offset + i * 4, false);
            }
            for (let i = 16; i < 64; i++) {
                const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
                const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
                w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
            }
            let [a, b, c, d, e, f, g, hh] = h;
            for (let i = 0; i < 64; i++) {
                const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
                const ch = (e & f) ^ (~e & g);
                const t1 = (hh + S1 + ch + SHA256_K[i] + w[i]) >>> 0;
                const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
                const maj = (a & b) ^ (a & c) ^ (b & c);
                const t2 = (S0 + maj) >>> 0;
                hh = g;
                g = f;
                f = e;
                e = (d + t1) >>> 0;
                d = c;
                c = b;
                b = a;
                a = (t1 + t2) >>> 0;
            }
            h[0] = (h[0] + a) >>> 0;
            h[1] = (h[1] + b) >>> 0;
            h[2] = (h[2] + c) >>> 0;
            h[3] = (h[3] + d) >>> 0;
            h[4] = (h[4] + e) >>> 0;
            h[5] = (h[5] + f) >>> 0;
            h[6] = (h[6] + g) >>> 0;
            h[7] = (h[7] + hh) >>> 0;
        }
        const out = new Uint8Array(32);
        const outView = new DataView(out.buffer);
        for (let i = 0; i < 8; i++) {
            outView.setUint32(i * 4, h[i], false);
        }
        return out;
    }

    /**
     * The factors of a login (RFC 8176 amr values as Passkey Autopilot records them: pwd password, otp one-time
     * code, hwk device-bound passkey or security key, swk synced passkey, user = the authenticator verified the
     * user, mfa = derived) in words, e.g. "Password + one-time code" or "Synced passkey (verified with device
     * unlock)". t is the message lookup.
     */
    function describeFactors(factors, t, locale) {
        const list = Array.isArray(factors) ? factors.filter((f) => typeof f === "string") : [];
        const set = new Set(list);
        const parts = [];
        if (set.has("pwd")) {
            parts.push(t("factor.pwd"));
        }
        if (set.has("otp")) {
            parts.push(t("factor.otp"));
        }
        const keys = ["hwk", "swk"].filter((code) => set.has(code));
        keys.forEach((code, index) => {
            // "user" belongs to the passkey ceremony; with two keys it is shown once, on the last
            const verified = set.has("user") && index === keys.length - 1;
            parts.push(verified ? t("factor.verified", t("factor." + code)) : t("factor." + code));
        });
        if (keys.length === 0 && set.has("user")) {
            parts.push(t("factor.user"));
        }
        const known = ["pwd", "otp", "hwk", "swk", "user", "mfa"];
        for (const code of list) {
            if (!known.includes(code) && !parts.includes(code)) {
                parts.push(code);
            }
        }
        if (parts.length === 0) {
            parts.push(t(set.has("mfa") ? "factor.mfa" : "factor.unknown"));
        }
        const phrase = parts.reduce((joined, next) => t("factor.pair", joined, next));
        return phrase.charAt(0).toLocaleUpperCase(locale) + phrase.slice(1);
    }

    /** A relative time ("3 hours ago", "vor 3 Stunden") for an epoch-ms timestamp. */
    function relativeTime(ms, now, locale) {
        const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
        const seconds = Math.round((ms - now) / 1000);
        const abs = Math.abs(seconds);
        if (abs < 45) {
            return rtf.format(0, "second");
        }
        if (abs < 3600) {
            return rtf.format(Math.round(seconds / 60), "minute");
        }
        if (abs < 86400) {
            return rtf.format(Math.round(seconds / 3600), "hour");
        }
        if (abs < 86400 * 30) {
            return rtf.format(Math.round(seconds / 86400), "day");
        }
        if (abs < 86400 * 365) {
            return rtf.format(Math.round(seconds / (86400 * 30.44)), "month");
        }
        return rtf.format(Math.round(seconds / (86400 * 365.25)), "year");
    }

    function absoluteTime(ms, locale) {
        return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium" }).format(new Date(ms));
    }

    /** A duration in ms as "850 ms" or "2.4 s", localised. */
    function formatDuration(ms, locale) {
        if (ms < 1000) {
            return new Intl.NumberFormat(locale, { style: "unit", unit: "millisecond", maximumFractionDigits: 0 }).format(ms);
        }
        return new Intl.NumberFormat(locale, { style: "unit", unit: "second", maximumFractionDigits: 1 }).format(ms / 1000);
    }

    /** The user id of a "#user=<id>" hash, or null. */
    function userIdFromHash(hash) {
        const match = /^#?user=([^&]+)/.exec(hash || "");
        if (!match) {
            return null;
        }
        try {
            const id = decodeURIComponent(match[1]).trim();
            return id && id.length <= 255 ? id : null;
        } catch (e) {
            return null;
        }
    }

    /** A query string without the OIDC response parameters, e.g. "?lang=de" or "". */
    function withoutOidcParams(search) {
        const params = new URLSearchParams(search || "");
        for (const name of OIDC_PARAMS) {
            params.delete(name);
        }
        const rest = params.toString();
        return rest ? "?" + rest : "";
    }

    /**
     * Which views the access token's roles open: the user search for support viewers, the KPI view for
     * support-analytics; realm administrators (manage-realm) get both, as the server grants them every support
     * role. The server still checks each request; this only keeps views out of sight that would answer 403.
     */
    function grantedViews(claims) {
        const access = claims && typeof claims.resource_access === "object" && claims.resource_access ? claims.resource_access : {};
        const roles = (client) => (access[client] && Array.isArray(access[client].roles) ? access[client].roles : []);
        const support = roles(CLIENT_ID);
        const realmAdmin = roles("realm-management").includes("manage-realm");
        const views = {
            support: realmAdmin || support.includes("support-viewer"),
            kpi: realmAdmin || support.includes("support-analytics"),
        };
        // a token without the roles (an admin trimmed the client's scope): keep the search, the server decides
        if (!views.support && !views.kpi) {
            views.support = true;
        }
        return views;
    }

    /** The badge kind of an outcome class; pending, user choices and "not offered" (or no class at all) are neutral. */
    function outcomeBadgeKind(outcomeClass) {
        return Object.prototype.hasOwnProperty.call(OUTCOME_CLASS_BADGES, outcomeClass) ? OUTCOME_CLASS_BADGES[outcomeClass] : "neutral";
    }

    const exported = {
        parseProperties, format, consoleLocation, pickLocale, base64UrlEncode, base64UrlDecodeText, jwtPayload, sha256,
        describeFactors, relativeTime, absoluteTime, formatDuration, userIdFromHash, withoutOidcParams, outcomeBadgeKind, grantedViews,
    };
    if (typeof module === "object" && module && module.exports) {
        module.exports = exported;
    }
    if (typeof document === "undefined") {
        return;
    }

    // ------------------------------------------------------------------------------------------------
    // State
    // ------------------------------------------------------------------------------------------------

    const app = {
        loc: null,
        locale: "en",
        messages: Object.create(null),
        fallback: Object.create(null),
        tokens: null,
        refreshTimer: null,
        refreshing: null,
        redirecting: false,
        busy: 0,
        search: null, // {query, users}
        view: null, // {userId, overview, operations, first, more, loadingMore}
        loadingUserId: null,
        generation: 0,
        retry: null,
        dialog: null, // {run, success, opener, busy}
        views: { support: true, kpi: false },
        kpiOpen: false,
    };

    const $ = (id) => document.getElementById(id);

    // ------------------------------------------------------------------------------------------------
    // Messages
    // ------------------------------------------------------------------------------------------------

    function has(key) {
        return key in app.messages || key in app.fallback;
    }

    function t(key, ...args) {
        const template = key in app.messages ? app.messages[key] : key in app.fallback ? app.fallback[key] : key;
        return format(template, args);
    }

    /** Words for a code (outcome.<code>, decision.<code>, reason.<code>, ...), else the raw code. */
    function codeText(prefix, code) {
        if (code === null || code === undefined || code === "") {
            return t("common.none");
        }
        const key = prefix + "." + code;
        return has(key) ? t(key) : String(code);
    }

    async function fetchBundle(locale) {
        const response = await fetch("messages_" + locale + ".properties", { credentials: "same-origin", cache: "no-cache" });
        if (!response.ok) {
            throw new Error("HTTP " + response.status);
        }
        return parseProperties(await response.text());
    }

    async function loadMessages(locale) {
        let fallback = app.fallback;
        if (Object.keys(fallback).length === 0) {
            try {
                fallback = await fetchBundle("en");
            } catch (e) {
                fallback = Object.create(null);
            }
        }
        let messages = fallback;
        if (locale !== "en") {
            try {
                messages = await fetchBundle(locale);
            } catch (e) {
                messages = fallback;
                locale = "en";
            }
        }
        app.fallback = fallback;
        app.messages = messages;
        app.locale = locale;
        document.documentElement.lang = locale;
    }

    function applyStaticTexts() {
        for (const node of document.querySelectorAll("[data-i18n]")) {
            node.textContent = t(node.dataset.i18n);
        }
        $("search-input").placeholder = t("search.placeholder");
        $("lang-switch").value = app.locale;
        $("realm-name").textContent = app.loc ? t("header.realm", app.loc.realm) : "";
        document.title = t("app.title");
        if (app.tokens) {
            showSignedIn();
        }
        updateCounter();
    }

    // ------------------------------------------------------------------------------------------------
    // Small DOM builders (text only, never HTML)
    // ------------------------------------------------------------------------------------------------

    function el(tag, props, ...children) {
        const node = document.createElement(tag);
        if (props) {
            for (const [name, value] of Object.entries(props)) {
                if (value === null || value === undefined || value === false) {
                    continue;
                }
                if (name === "class") {
                    node.className = value;
                } else if (name === "text") {
                    node.textContent = value;
                } else if (name === "dataset") {
                    Object.assign(node.dataset, value);
                } else if (name === "on") {
                    for (const [event, handler] of Object.entries(value)) {
                        node.addEventListener(event, handler);
                    }
                } else if (value === true) {
                    node.setAttribute(name, "");
                } else {
                    node.setAttribute(name, String(value));
                }
            }
        }
        appendChildren(node, children);
        return node;
    }

    function appendChildren(node, children) {
        for (const child of children.flat(Infinity)) {
            if (child === null || child === undefined || child === false) {
                continue;
            }
            node.append(child instanceof Node ? child : document.createTextNode(String(child)));
        }
    }

    function svg(tag, attributes, ...children) {
        const node = document.createElementNS(SVG_NS, tag);
        for (const [name, value] of Object.entries(attributes || {})) {
            node.setAttribute(name, String(value));
        }
        for (const child of children) {
            node.append(child instanceof Node ? child : document.createTextNode(String(child)));
        }
        return node;
    }

    /** Monochrome provider marks, drawn here (no external images). */
    const ICONS = {
        apple: () => [
            svg("path", { d: "M12 7.5c-1.2-1.6-3.2-2.3-5-1.6C4.6 6.8 3.6 9.6 4.1 12.6c.6 3.6 2.9 7.4 5.1 7.4.9 0 1.6-.5 2.8-.5s1.9.5 2.8.5c2.2 0 4.5-3.8 5.1-7.4.5-3-.5-5.8-2.9-6.7-1.8-.7-3.8 0-5 1.6z", fill: "currentColor" }),
            svg("path", { d: "M12 7.3c0-2 1.2-3.7 3.2-4.3", fill: "none", stroke: "currentColor", "stroke-width": "1.6", "stroke-linecap": "round" }),
        ],
        microsoft: () => [
            svg("rect", { x: "4", y: "4", width: "7.5", height: "7.5", fill: "currentColor" }),
            svg("rect", { x: "12.5", y: "4", width: "7.5", height: "7.5", fill: "currentColor" }),
            svg("rect", { x: "4", y: "12.5", width: "7.5", height: "7.5", fill: "currentColor" }),
            svg("rect", { x: "12.5", y: "12.5", width: "7.5", height: "7.5", fill: "currentColor" }),
        ],
        google: () => letterMark("G"),
        "1password": () => letterMark("1"),
        dashlane: () => letterMark("D"),
        samsung: () => letterMark("S"),
        bitwarden: () => [
            svg("path", { d: "M12 3l7 2.5v6c0 4.2-2.9 7.6-7 9.5-4.1-1.9-7-5.3-7-9.5v-6z", fill: "none", stroke: "currentColor", "stroke-width": "1.8", "stroke-linejoin": "round" }),
            svg("path", { d: "M12 6v12.5c2.8-1.6 4.5-4 4.5-7V7.6z", fill: "currentColor" }),
        ],
        yubico: () => [
            svg("rect", { x: "6.5", y: "2.5", width: "11", height: "15", rx: "3", fill: "none", stroke: "currentColor", "stroke-width": "1.8" }),
            svg("circle", { cx: "12", cy: "8.5", r: "2.2", fill: "currentColor" }),
            svg("rect", { x: "9", y: "17.5", width: "6", height: "4", fill: "currentColor" }),
        ],
        generic: () => [
            svg("circle", { cx: "8", cy: "12", r: "4", fill: "none", stroke: "currentColor", "stroke-width": "1.8" }),
            svg("path", { d: "M12 12h9M18 12v3M21 12v2.5", fill: "none", stroke: "currentColor", "stroke-width": "1.8", "stroke-linecap": "round" }),
        ],
    };

    function letterMark(letter) {
        return [
            svg("circle", { cx: "12", cy: "12", r: "9.2", fill: "none", stroke: "currentColor", "stroke-width": "1.6" }),
            svg("text", { x: "12", y: "12.5", "text-anchor": "middle", "dominant-baseline": "central", fill: "currentColor" }, letter),
        ];
    }

    function providerIcon(icon) {
        const draw = Object.prototype.hasOwnProperty.call(ICONS, icon) ? ICONS[icon] : ICONS.generic;
        return svg("svg", { class: "provider-icon", viewBox: "0 0 24 24", width: "20", height: "20", "aria-hidden": "true", focusable: "false" }, ...draw());
    }

    function timeElement(ms, missingKey) {
        if (typeof ms !== "number" || !isFinite(ms) || ms <= 0) {
            return el("span", { class: "muted", text: t(missingKey || "common.unknown") });
        }
        const absolute = absoluteTime(ms, app.locale);
        return el("time", { class: "time", datetime: new Date(ms).toISOString(), title: absolute },
            el("span", { class: "time-relative", text: relativeTime(ms, Date.now(), app.locale) }),
            el("span", { class: "time-absolute", text: absolute }));
    }

    function badge(text, kind, title) {
        return el("span", { class: "badge badge-" + kind, title: title || null, text });
    }

    function rawCode(code) {
        return el("code", { class: "raw-code", text: String(code) });
    }

    function osText(family, version) {
        const known = (value) => typeof value === "string" && value.trim() !== "" && value !== "Unknown" && value !== "Other";
        if (!known(family)) {
            return null;
        }
        return known(version) ? family + " " + version : family;
    }

    function displayName(user) {
        const name = [user.firstName, user.lastName].filter((part) => typeof part === "string" && part.trim() !== "").join(" ");
        return name || user.username || user.id || "";
    }

    // ------------------------------------------------------------------------------------------------
    // Page states: loading, empty, error, status
    // ------------------------------------------------------------------------------------------------

    function busyStart() {
        app.busy++;
        document.body.dataset.busy = "true";
    }

    function busyEnd() {
        app.busy = Math.max(0, app.busy - 1);
        if (app.busy === 0) {
            delete document.body.dataset.busy;
        }
    }

    function showLoading(on, textKey) {
        $("state-loading-text").textContent = t(textKey || "state.loading");
        $("state-loading").hidden = !on;
    }

    function showEmpty(text) {
        $("state-empty-text").textContent = text || "";
        $("state-empty").hidden = !text;
    }

    function showError(text, retry, retryKey) {
        app.retry = retry || null;
        $("state-error-text").textContent = text || "";
        $("state-error-retry").textContent = t(retryKey || "state.retry");
        $("state-error-retry").hidden = !retry;
        $("state-error").hidden = !text;
    }

    function clearStates() {
        showLoading(false);
        showEmpty(null);
        showError(null);
    }

    function setStatus(text, kind) {
        const node = $("status-message");
        node.textContent = text || "";
        node.className = "status-message" + (text ? " status-" + (kind || "success") : "");
    }

    // ------------------------------------------------------------------------------------------------
    // Sign-in (authorization code + PKCE)
    // ------------------------------------------------------------------------------------------------

    function randomString(byteCount) {
        const bytes = new Uint8Array(byteCount);
        crypto.getRandomValues(bytes);
        return base64UrlEncode(bytes);
    }

    async function pkceChallenge(verifier) {
        const data = new TextEncoder().encode(verifier);
        if (root.crypto && root.crypto.subtle && root.isSecureContext) {
            return base64UrlEncode(new Uint8Array(await root.crypto.subtle.digest("SHA-256", data)));
        }
        return base64UrlEncode(sha256(data));
    }

    /** Sends the browser to the realm's login; a live SSO session comes straight back without a page. */
    async function beginLogin() {
        if (app.redirecting) {
            return;
        }
        app.redirecting = true;
        clearRefreshTimer();
        const state = randomString(24);
        const nonce = randomString(24);
        const verifier = randomString(48);
        sessionStorage.setItem(AUTH_KEY, JSON.stringify({
            state, nonce, verifier, returnTo: withoutOidcParams(location.search) + location.hash, startedAt: Date.now(),
        }));
        const params = new URLSearchParams({
            client_id: CLIENT_ID,
            redirect_uri: app.loc.consoleUrl,
            response_type: "code",
            scope: "openid",
            state,
            nonce,
            code_challenge: await pkceChallenge(verifier),
            code_challenge_method: "S256",
            ui_locales: app.locale,
        });
        location.assign(app.loc.authUrl + "?" + params.toString());
    }

    function readPendingLogin() {
        let saved = null;
        try {
            saved = JSON.parse(sessionStorage.getItem(AUTH_KEY) || "null");
        } catch (e) {
            saved = null;
        }
        sessionStorage.removeItem(AUTH_KEY);
        return saved && typeof saved === "object" ? saved : null;
    }

    async function tokenRequest(fields) {
        busyStart();
        try {
            const response = await fetch(app.loc.tokenUrl, {
                method: "POST",
                headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
                body: new URLSearchParams(fields).toString(),
                credentials: "same-origin",
                cache: "no-store",
            });
            let body = null;
            try {
                body = await response.json();
            } catch (e) {
                body = null;
            }
            if (!response.ok || !body || typeof body.access_token !== "string") {
                const error = new Error("token request failed");
                error.status = response.status;
                error.code = body && body.error;
                throw error;
            }
            return body;
        } finally {
            busyEnd();
        }
    }

    function setTokens(body) {
        const now = Date.now();
        const lifetime = Math.max(10, Number(body.expires_in) || 60) * 1000;
        app.tokens = {
            access: body.access_token,
            refresh: typeof body.refresh_token === "string" ? body.refresh_token : app.tokens && app.tokens.refresh,
            idToken: typeof body.id_token === "string" ? body.id_token : app.tokens && app.tokens.idToken,
            expiresAt: now + lifetime,
        };
        clearRefreshTimer();
        if (app.tokens.refresh) {
            // refresh 30 s before expiry, or at 70 % of very short lifetimes
            const delay = lifetime > 90000 ? lifetime - 30000 : Math.floor(lifetime * 0.7);
            app.refreshTimer = setTimeout(() => {
                refreshTokens().catch((e) => {
                    if (e && e.network) {
                        // offline for a moment: the next request tries again, or re-authenticates on 401
                        return;
                    }
                    beginLogin();
                });
            }, delay);
        }
    }

    function clearRefreshTimer() {
        if (app.refreshTimer) {
            clearTimeout(app.refreshTimer);
            app.refreshTimer = null;
        }
    }

    /** One refresh at a time; callers share its result. */
    function refreshTokens() {
        if (!app.tokens || !app.tokens.refresh) {
            return Promise.reject(new Error("no refresh token"));
        }
        if (!app.refreshing) {
            app.refreshing = tokenRequest({ grant_type: "refresh_token", refresh_token: app.tokens.refresh, client_id: CLIENT_ID })
                .then((body) => {
                    setTokens(body);
                }, (e) => {
                    if (e instanceof TypeError) {
                        e.network = true;
                    }
                    throw e;
                })
                .finally(() => {
                    app.refreshing = null;
                });
        }
        return app.refreshing;
    }

    /** Handles the redirect back from the login: checks state, iss and nonce, and exchanges the code. */
    async function completeLogin(params, saved) {
        const error = params.get("error");
        if (error) {
            const description = params.get("error_description");
            throw new SignInError(t("auth.failed", description ? error + " (" + description + ")" : error));
        }
        if (!saved || !saved.state || saved.state !== params.get("state") || !saved.verifier) {
            throw new SignInError(t("auth.stateMismatch"));
        }
        const issuer = params.get("iss");
        if (issuer && issuer !== app.loc.realmUrl) {
            throw new SignInError(t("auth.stateMismatch"));
        }
        let body;
        try {
            body = await tokenRequest({
                grant_type: "authorization_code",
                code: params.get("code") || "",
                redirect_uri: app.loc.consoleUrl,
                client_id: CLIENT_ID,
                code_verifier: saved.verifier,
            });
        } catch (e) {
            throw new SignInError(e instanceof TypeError ? t("error.network") : t("auth.exchangeFailed"));
        }
        const claims = jwtPayload(body.id_token);
        if (!claims || (saved.nonce && claims.nonce !== saved.nonce)) {
            throw new SignInError(t("auth.stateMismatch"));
        }
        setTokens(body);
    }

    class SignInError extends Error {
    }

    function showSignedIn() {
        const claims = jwtPayload(app.tokens && app.tokens.idToken) || {};
        const name = typeof claims.preferred_username === "string" ? claims.preferred_username
            : typeof claims.email === "string" ? claims.email : typeof claims.sub === "string" ? claims.sub : "";
        $("signed-in-user").textContent = name;
        $("signed-in").hidden = false;
        $("sign-out").hidden = false;
    }

    function signOut() {
        const idToken = app.tokens && app.tokens.idToken;
        app.tokens = null;
        clearRefreshTimer();
        app.redirecting = true;
        const params = new URLSearchParams({ client_id: CLIENT_ID, post_logout_redirect_uri: app.loc.consoleUrl });
        if (idToken) {
            params.set("id_token_hint", idToken);
        }
        location.assign(app.loc.logoutUrl + "?" + params.toString());
    }

    // ------------------------------------------------------------------------------------------------
    // Admin REST
    // ------------------------------------------------------------------------------------------------

    class ApiError extends Error {
        constructor(status, code, message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }

    /** A support API call (under /passkey-autopilot/support): the JSON answer. */
    function api(method, path, body) {
        return request(method, app.loc.apiBase + path, body, "json");
    }

    /** A call under the realm's /passkey-autopilot admin resource (KPIs, rollout): the JSON answer. */
    function adminApi(method, path) {
        return request(method, app.loc.adminBase + path, undefined, "json");
    }

    /** A GET under /passkey-autopilot whose answer is a file (the KPI export): a Blob, fetched with the bearer token. */
    function adminDownload(path) {
        return request("GET", app.loc.adminBase + path, undefined, "blob");
    }

    async function request(method, url, body, as, retried) {
        if (!app.tokens) {
            beginLogin();
            throw new ApiError(401, "not_signed_in", t("auth.sessionEnded"));
        }
        if (app.tokens.expiresAt - Date.now() < 10000) {
            try {
                await refreshTokens();
            } catch (e) {
                if (!e.network) {
                    beginLogin();
                    throw new ApiError(401, "session_ended", t("auth.sessionEnded"));
                }
            }
        }
        busyStart();
        try {
            let response;
            try {
                const headers = { Authorization: "Bearer " + app.tokens.access, Accept: as === "blob" ? "*/*" : "application/json" };
                if (body !== undefined) {
                    headers["Content-Type"] = "application/json";
                }
                response = await fetch(url, {
                    method,
                    headers,
                    body: body === undefined ? undefined : JSON.stringify(body),
                    credentials: "omit",
                    cache: "no-store",
                });
            } catch (e) {
                throw new ApiError(0, "network", t("error.network"));
            }
            if (response.status === 401) {
                if (!retried) {
                    let refreshed = false;
                    try {
                        await refreshTokens();
                        refreshed = true;
                    } catch (e) {
                        refreshed = false;
                    }
                    if (refreshed) {
                        return await request(method, url, body, as, true);
                    }
                }
                beginLogin();
                throw new ApiError(401, "session_ended", t("auth.sessionEnded"));
            }
            if (response.ok && as === "blob") {
                try {
                    return await response.blob();
                } catch (e) {
                    throw new ApiError(0, "network", t("error.network"));
                }
            }
            let data = null;
            try {
                data = await response.json();
            } catch (e) {
                data = null;
            }
            if (!response.ok) {
                const code = data && typeof data.error === "string" ? data.error : null;
                const serverMessage = data && typeof data.message === "string" && data.message.trim() ? data.message : null;
                let message;
                if (response.status === 403) {
                    message = t("error.forbidden");
                } else if (response.status === 429) {
                    message = t("error.tooManyRequests", response.headers.get("Retry-After") || "?");
                } else if (serverMessage) {
                    message = serverMessage;
                } else if (response.status === 404) {
                    message = t("error.notFound");
                } else {
                    message = t("error.http", response.status);
                }
                throw new ApiError(response.status, code, message);
            }
            return data || {};
        } finally {
            busyEnd();
        }
    }

    const enc = encodeURIComponent;

    // ------------------------------------------------------------------------------------------------
    // Search
    // ------------------------------------------------------------------------------------------------

    async function runSearch(query) {
        const generation = ++app.generation;
        app.loadingUserId = null;
        closeUserView();
        clearStates();
        setStatus(null);
        $("search-results").hidden = true;
        showLoading(true, "search.searching");
        try {
            const data = await api("GET", "/users?q=" + enc(query) + "&max=" + SEARCH_MAX);
            if (generation !== app.generation) {
                return;
            }
            app.search = { query, users: Array.isArray(data.users) ? data.users : [] };
            showLoading(false);
            renderResults();
        } catch (e) {
            if (generation !== app.generation) {
                return;
            }
            showLoading(false);
            showError(e.message, () => runSearch(query));
        }
    }

    function renderResults() {
        const section = $("search-results");
        const list = $("results-list");
        list.textContent = "";
        showEmpty(null);
        if (!app.search) {
            section.hidden = true;
            return;
        }
        const { query, users } = app.search;
        if (users.length === 0) {
            section.hidden = true;
            showEmpty(t("search.noMatch", query));
            return;
        }
        $("results-heading").textContent = t("search.resultsFor", query);
        for (const user of users) {
            if (!user || typeof user.id !== "string") {
                continue;
            }
            const name = [user.firstName, user.lastName].filter((p) => typeof p === "string" && p.trim()).join(" ");
            const row = el("li", { class: "result", dataset: { testid: "user-result", userId: user.id } },
                el("button", { type: "button", class: "result-button" },
                    el("span", { class: "result-main" },
                        el("span", { class: "result-username", text: user.username || user.id }),
                        name ? el("span", { class: "result-name", text: name }) : null,
                        user.enabled === false ? badge(t("user.disabled"), "warning") : null),
                    el("span", { class: "result-meta" },
                        el("span", { class: "result-email", text: user.email || t("identity.noEmail") }),
                        el("span", { class: "result-id", text: user.id }))));
            row.addEventListener("click", () => openUser(user.id));
            list.append(row);
        }
        const more = $("results-more");
        more.hidden = users.length < SEARCH_MAX;
        more.textContent = t("search.more", SEARCH_MAX);
        section.hidden = false;
    }

    // ------------------------------------------------------------------------------------------------
    // Routing: #user=<id>
    // ------------------------------------------------------------------------------------------------

    function openUser(userId) {
        const hash = "#user=" + enc(userId);
        if (location.hash === hash) {
            loadUser(userId);
        } else {
            location.hash = hash; // hashchange → route()
        }
    }

    function leaveUser() {
        history.pushState(null, "", location.pathname + location.search);
        route();
    }

    function isKpiHash(hash) {
        return /^#kpi(?:$|[?&])/.test(hash || "");
    }

    /** Shows the navigation between the views this agent may use, the current one marked. */
    function renderNav(current) {
        const both = app.views.support && app.views.kpi;
        $("app-nav").hidden = !both;
        $("nav-users").hidden = !app.views.support;
        $("nav-kpi").hidden = !app.views.kpi;
        for (const [id, view] of [["nav-users", "support"], ["nav-kpi", "kpi"]]) {
            if (view === current) {
                $(id).setAttribute("aria-current", "page");
            } else {
                $(id).removeAttribute("aria-current");
            }
        }
    }

    function kpiModule() {
        return root.PasskeyAutopilotKpi && typeof root.PasskeyAutopilotKpi.mount === "function" ? root.PasskeyAutopilotKpi : null;
    }

    /** What the KPI view may use of the console: its requests, messages and page states. */
    function kpiHost() {
        return {
            adminApi, adminDownload, t, has, codeText, el, setStatus, busyStart, busyEnd,
            locale: () => app.locale,
            container: $("kpi-container"),
        };
    }

    function openKpiView() {
        ++app.generation;
        app.loadingUserId = null;
        closeUserView();
        clearStates();
        $("search-panel").hidden = true;
        $("search-results").hidden = true;
        renderNav("kpi");
        if (!app.kpiOpen) {
            app.kpiOpen = true;
            const module = kpiModule();
            if (!module) {
                showError(t("kpi.unavailable"));
                return Promise.resolve();
            }
            return module.mount(kpiHost());
        }
        return Promise.resolve();
    }

    function closeKpiView() {
        if (app.kpiOpen) {
            app.kpiOpen = false;
            const module = kpiModule();
            if (module) {
                module.unmount();
            }
            $("kpi-container").textContent = "";
        }
        $("search-panel").hidden = false;
    }

    function route() {
        if (app.views.kpi && (isKpiHash(location.hash) || !app.views.support)) {
            return openKpiView();
        }
        closeKpiView();
        renderNav("support");
        const userId = userIdFromHash(location.hash);
        if (userId) {
            if ((!app.view || app.view.userId !== userId) && app.loadingUserId !== userId) {
                return loadUser(userId);
            }
            return Promise.resolve();
        }
        ++app.generation;
        app.loadingUserId = null;
        closeUserView();
        clearStates();
        renderResults();
        return Promise.resolve();
    }

    function closeUserView() {
        app.view = null;
        $("user-container").textContent = "";
    }

    // ------------------------------------------------------------------------------------------------
    // User view
    // ------------------------------------------------------------------------------------------------

    async function loadUser(userId) {
        const generation = ++app.generation;
        app.loadingUserId = userId;
        closeUserView();
        clearStates();
        setStatus(null);
        $("search-results").hidden = true;
        showLoading(true, "user.loading");
        try {
            const [overview, timeline] = await Promise.all([
                api("GET", "/users/" + enc(userId)),
                api("GET", "/users/" + enc(userId) + "/timeline?first=0&max=" + TIMELINE_PAGE),
            ]);
            if (generation !== app.generation) {
                return;
            }
            app.loadingUserId = null;
            app.view = viewState(userId, overview, timeline);
            showLoading(false);
            renderUserView();
            // screen readers and keyboard users land on the user that was opened
            $("user-heading").focus();
        } catch (e) {
            if (generation !== app.generation) {
                return;
            }
            app.loadingUserId = null;
            showLoading(false);
            showError(e.message, () => loadUser(userId));
        }
    }

    function viewState(userId, overview, timeline) {
        const operations = Array.isArray(timeline.operations) ? timeline.operations : [];
        return {
            userId,
            overview,
            operations,
            first: 0,
            more: operations.length >= TIMELINE_PAGE,
            loadingMore: false,
        };
    }

    /** After an action: fetch overview and timeline again, keeping the view on screen meanwhile. */
    async function reloadUser() {
        if (!app.view) {
            return;
        }
        const userId = app.view.userId;
        const generation = ++app.generation;
        try {
            const [overview, timeline] = await Promise.all([
                api("GET", "/users/" + enc(userId)),
                api("GET", "/users/" + enc(userId) + "/timeline?first=0&max=" + TIMELINE_PAGE),
            ]);
            if (generation !== app.generation) {
                return;
            }
            app.view = viewState(userId, overview, timeline);
            renderUserView();
        } catch (e) {
            if (generation !== app.generation) {
                return;
            }
            showError(e.message, () => {
                showError(null);
                reloadUser();
            });
        }
    }

    async function loadMoreTimeline() {
        const view = app.view;
        if (!view || view.loadingMore || !view.more) {
            return;
        }
        view.loadingMore = true;
        renderTimelineFooter();
        const first = view.first + TIMELINE_PAGE;
        try {
            const data = await api("GET", "/users/" + enc(view.userId) + "/timeline?first=" + first + "&max=" + TIMELINE_PAGE);
            if (app.view !== view) {
                return;
            }
            const page = Array.isArray(data.operations) ? data.operations : [];
            view.first = first;
            view.more = page.length >= TIMELINE_PAGE;
            view.operations = view.operations.concat(page);
            const body = document.querySelector("#timeline-table tbody");
            if (body) {
                for (const operation of page) {
                    body.append(timelineRow(operation));
                }
            }
        } catch (e) {
            if (app.view === view) {
                showError(e.message, () => {
                    showError(null);
                    loadMoreTimeline();
                });
            }
        } finally {
            view.loadingMore = false;
            if (app.view === view) {
                renderTimelineFooter();
            }
        }
    }

    function renderUserView() {
        const view = app.view;
        const container = $("user-container");
        container.textContent = "";
        if (!view) {
            return;
        }
        const overview = view.overview || {};
        const user = overview.user || { id: view.userId };
        const canAct = !!(overview.permissions && overview.permissions.canAct === true);
        const passkeys = Array.isArray(overview.passkeys) ? overview.passkeys : [];

        const back = el("button", { type: "button", class: "button button-quiet back-button", on: { click: leaveUser } },
            app.search ? t("user.back") : t("user.close"));
        const heading = el("h2", { class: "user-heading", id: "user-heading", tabindex: "-1" }, displayName(user));
        const section = el("section", { id: "user-view", class: "user-view", "aria-labelledby": "user-heading", dataset: { userId: view.userId } },
            el("div", { class: "user-view-header" }, back, heading,
                user.enabled === false ? badge(t("user.disabled"), "warning") : null),
            el("div", { class: "cards" }, identityCard(user), mfaCard(overview.mfa)),
            passkeysSection(user, passkeys, canAct),
            actionsSection(user, passkeys, canAct),
            timelineSection());
        container.append(section);
        renderTimelineFooter();
    }

    function definition(term, ...values) {
        return [el("dt", { text: term }), el("dd", null, ...values)];
    }

    function identityCard(user) {
        const name = [user.firstName, user.lastName].filter((p) => typeof p === "string" && p.trim()).join(" ");
        return el("section", { class: "card", id: "identity", "aria-labelledby": "identity-heading" },
            el("h3", { id: "identity-heading", class: "card-heading", text: t("identity.heading") }),
            el("dl", { class: "facts" },
                definition(t("identity.username"), user.username || t("common.none")),
                definition(t("identity.email"), user.email ? user.email : el("span", { class: "muted", text: t("identity.noEmail") })),
                definition(t("identity.name"), name || el("span", { class: "muted", text: t("common.none") })),
                definition(t("identity.status"), user.enabled === false ? badge(t("user.disabled"), "warning") : badge(t("user.enabled"), "success")),
                definition(t("identity.created"), timeElement(user.createdTimestamp, "common.unknown")),
                definition(t("identity.id"), el("code", { class: "raw-code selectable", text: user.id || "" }))));
    }

    function mfaCard(mfa) {
        const m = mfa || {};
        const passkeys = m.passkeys || {};
        const total = Number(passkeys.total) || 0;
        const otp = Number(m.otp) || 0;
        const reason = m.mfaRequiredBecause;
        let lastLogin;
        if (m.lastLogin && typeof m.lastLogin === "object") {
            lastLogin = el("div", { class: "last-login" },
                el("div", { class: "last-login-factors", text: describeFactors(m.lastLogin.factors, t, app.locale) }),
                timeElement(m.lastLogin.time, "common.unknown"));
        } else {
            lastLogin = el("span", { class: "muted", text: t("mfa.lastLoginNone") });
        }
        return el("section", { class: "card", id: "mfa-status", "aria-labelledby": "mfa-heading" },
            el("h3", { id: "mfa-heading", class: "card-heading", text: t("mfa.heading") }),
            el("dl", { class: "facts" },
                definition(t("mfa.password"), m.password === true ? badge(t("mfa.passwordSet"), "neutral") : el("span", { class: "muted", text: t("mfa.passwordNotSet") })),
                definition(t("mfa.otp"), otp > 0 ? badge(t("mfa.otpCount", otp), "neutral") : el("span", { class: "muted", text: t("mfa.otpNone") })),
                definition(t("mfa.passkeys"), total > 0
                    ? t("mfa.passkeysSummary", total, Number(passkeys.synced) || 0, Number(passkeys.deviceBound) || 0, Number(passkeys.unknown) || 0)
                    : el("span", { class: "muted", text: t("mfa.passkeysNone") })),
                definition(t("mfa.required"),
                    el("span", { class: "mfa-required", dataset: { required: String(m.mfaRequired === true) } },
                        m.mfaRequired === true ? badge(t("mfa.requiredYes"), "info") : badge(t("mfa.requiredNo"), "neutral")),
                    reason ? el("span", { class: "mfa-reason block", title: String(reason), text: codeText("mfaReason", reason) }) : null),
                definition(t("mfa.lastLogin"), lastLogin)));
    }

    function tableHead(columns) {
        return el("thead", null, el("tr", null, columns.map((label) => el("th", { scope: "col", text: label }))));
    }

    /** A table cell; its content sits in one wrapper so the stacked (phone) layout has label | content. */
    function cell(label, ...content) {
        return el("td", { dataset: { label } }, el("div", { class: "cell-content" }, ...content));
    }

    function passkeysSection(user, passkeys, canAct) {
        const heading = el("h3", { id: "passkeys-heading", class: "section-heading" }, t("passkeys.heading"), " ",
            el("span", { class: "count", text: "(" + passkeys.length + ")" }));
        const section = el("section", { class: "panel", id: "passkeys", "aria-labelledby": "passkeys-heading" }, heading);
        if (passkeys.length === 0) {
            section.append(el("p", { class: "empty", dataset: { testid: "passkeys-empty" }, text: t("passkeys.empty") }));
            return section;
        }
        const columns = [t("passkeys.col.label"), t("passkeys.col.provider"), t("passkeys.col.type"), t("passkeys.col.crossDevice"),
            t("passkeys.col.createdOn"), t("passkeys.col.created"), t("passkeys.col.lastUsed"), t("passkeys.col.useCount")];
        if (canAct) {
            columns.push(t("passkeys.col.actions"));
        }
        const body = el("tbody");
        for (const passkey of passkeys) {
            if (passkey && typeof passkey.id === "string") {
                body.append(passkeyRow(user, passkey, columns, canAct));
            }
        }
        section.append(el("div", scrollRegion("passkeys-heading"),
            el("table", { class: "data-table passkeys-table" + (canAct ? " can-act" : ""), id: "passkeys-table" },
                el("caption", { class: "visually-hidden", text: t("passkeys.heading") }),
                tableHead(columns), body)));
        return section;
    }

    function passkeyLabel(passkey) {
        return typeof passkey.label === "string" && passkey.label.trim() ? passkey.label : t("passkey.noLabel");
    }

    function passkeyRow(user, passkey, columns, canAct) {
        const provider = passkey.provider || {};
        const providerName = typeof provider.name === "string" && provider.name.trim() ? provider.name : t("provider.unknown");
        let type;
        if (passkey.synced === true) {
            type = badge(t("passkey.synced"), "info", t("passkey.syncedHint"));
        } else if (passkey.synced === false) {
            type = badge(t("passkey.deviceBound"), "neutral", t("passkey.deviceBoundHint"));
        } else {
            type = badge(t("passkey.syncUnknown"), "muted", t("passkey.syncUnknownHint"));
        }
        const attachment = passkey.attachment ? el("span", { class: "small muted block", text: codeText("attachment", passkey.attachment) }) : null;
        const transports = Array.isArray(passkey.transports) && passkey.transports.length
            ? el("span", { class: "small muted block", text: t("passkey.transports", passkey.transports.map((tr) => codeText("transport", tr)).join(", ")) })
            : null;
        const createdOn = [osText(passkey.createdOs, passkey.createdOsVersion), osText(passkey.createdBrowser, passkey.createdBrowserVersion)]
            .filter(Boolean).map((line) => el("span", { class: "block", text: line }));
        const cells = [
            cell(columns[0], el("span", { class: "passkey-label", text: passkeyLabel(passkey) }),
                passkey.cloneSuspected === true
                    ? el("span", { class: "block" }, badge(t("passkey.clone"), "danger", t("passkey.cloneHint")))
                    : null),
            cell(columns[1], el("span", { class: "provider" }, providerIcon(provider.icon), el("span", { text: providerName }))),
            cell(columns[2], type, attachment),
            cell(columns[3], passkey.crossDevice === true ? t("common.yes") : passkey.crossDevice === false ? t("common.no") : t("common.unknown"),
                transports),
            cell(columns[4], createdOn.length ? createdOn : el("span", { class: "muted", text: t("common.unknown") })),
            cell(columns[5], timeElement(passkey.created, "common.unknown")),
            cell(columns[6], timeElement(passkey.lastUsed, "passkey.neverUsed")),
            cell(columns[7], typeof passkey.useCount === "number" ? new Intl.NumberFormat(app.locale).format(passkey.useCount) : t("common.none")),
        ];
        if (canAct) {
            const button = el("button", {
                type: "button",
                class: "button button-danger-quiet",
                dataset: { testid: "revoke-passkey" },
                "aria-label": t("passkey.revokeNamed", passkeyLabel(passkey)),
                text: t("passkey.revoke"),
            });
            button.addEventListener("click", () => confirmRevoke(user, passkey, button));
            cells.push(cell(columns[8], button));
        }
        return el("tr", {
            class: passkey.cloneSuspected === true ? "row-warning" : null,
            dataset: { testid: "passkey-row", passkeyId: passkey.id },
        }, cells);
    }

    function actionsSection(user, passkeys, canAct) {
        const section = el("section", { class: "panel", id: "user-actions", "aria-labelledby": "actions-heading" },
            el("h3", { id: "actions-heading", class: "section-heading", text: t("actions.heading") }));
        if (!canAct) {
            section.append(el("p", { class: "muted", text: t("actions.readOnly") }));
            return section;
        }
        const revokeAll = el("button", { type: "button", class: "button button-danger", dataset: { testid: "revoke-all" }, text: t("actions.revokeAll") });
        revokeAll.disabled = passkeys.length === 0;
        revokeAll.addEventListener("click", () => confirmRevokeAll(user, passkeys.length, revokeAll));
        const resetMfa = el("button", { type: "button", class: "button button-danger", dataset: { testid: "reset-mfa" }, text: t("actions.resetMfa") });
        resetMfa.addEventListener("click", () => confirmResetMfa(user, resetMfa));
        const hasEmail = typeof user.email === "string" && user.email.trim() !== "";
        const sendEmail = el("button", { type: "button", class: "button", dataset: { testid: "send-setup-email" }, text: t("actions.sendSetupEmail") });
        sendEmail.disabled = !hasEmail;
        sendEmail.addEventListener("click", () => confirmSetupEmail(user, sendEmail));
        section.append(el("div", { class: "action-list" },
            el("div", { class: "action" }, revokeAll,
                el("p", { class: "small muted", text: passkeys.length === 0 ? t("actions.revokeAllNone") : t("actions.revokeAllHelp") })),
            el("div", { class: "action" }, resetMfa, el("p", { class: "small muted", text: t("actions.resetMfaHelp") })),
            el("div", { class: "action" }, sendEmail,
                el("p", { class: "small muted", text: hasEmail ? t("actions.sendSetupEmailHelp") : t("actions.noEmail") }))));
        return section;
    }

    /**
     * A table's wrapper, which scrolls sideways when the table is wider than the page (long German headings): it
     * takes the focus, so keyboard users can scroll it too, and is named by its section's heading (a group, not a
     * second landmark of the same name as its section).
     */
    function scrollRegion(headingId) {
        return { class: "table-wrap", tabindex: "0", role: "group", "aria-labelledby": headingId };
    }

    function timelineSection() {
        const columns = timelineColumns();
        return el("section", { class: "panel", id: "timeline", "aria-labelledby": "timeline-heading" },
            el("h3", { id: "timeline-heading", class: "section-heading", text: t("timeline.heading") }),
            el("p", { class: "small muted", text: t("timeline.help") }),
            app.view.operations.length === 0
                ? el("p", { class: "empty", dataset: { testid: "timeline-empty" }, text: t("timeline.empty") })
                : el("div", scrollRegion("timeline-heading"),
                    el("table", { class: "data-table timeline-table", id: "timeline-table" },
                        el("caption", { class: "visually-hidden", text: t("timeline.heading") }),
                        tableHead(columns),
                        el("tbody", null, app.view.operations.map((operation) => timelineRow(operation))))),
            el("div", { class: "timeline-footer", id: "timeline-footer" }));
    }

    function timelineColumns() {
        return [t("timeline.col.time"), t("timeline.col.kind"), t("timeline.col.environment"), t("timeline.col.decision"),
            t("timeline.col.outcome"), t("timeline.col.duration"), t("timeline.col.passkey")];
    }

    function renderTimelineFooter() {
        const footer = $("timeline-footer");
        const view = app.view;
        if (!footer || !view) {
            return;
        }
        footer.textContent = "";
        if (view.loadingMore) {
            footer.append(el("span", { class: "inline-loading" }, el("span", { class: "spinner", "aria-hidden": "true" }), t("state.loading")));
        } else if (view.more) {
            footer.append(el("button", {
                type: "button", class: "button", dataset: { testid: "timeline-load-more" }, text: t("timeline.loadMore"),
                on: { click: loadMoreTimeline },
            }));
        }
    }

    function timelineRow(operation) {
        const op = operation || {};
        const columns = timelineColumns();
        const env = op.environment || {};
        const envParts = [osText(env.osFamily, env.osVersion), osText(env.browserFamily, env.browserVersion)].filter(Boolean);
        const environment = el("span", null,
            envParts.length ? envParts.map((line) => el("span", { class: "block", text: line })) : t("common.unknown"),
            env.deviceClass ? el("span", { class: "small muted block", text: codeText("deviceClass", env.deviceClass) }) : null);

        const reasons = Array.isArray(op.reasons) ? op.reasons.filter((r) => typeof r === "string" && r) : [];
        const decision = el("div", { class: "decision" },
            op.decision
                ? el("div", { class: "decision-name" }, el("strong", { text: codeText("decision", op.decision) }), " ", rawCode(op.decision))
                : el("div", { class: "muted", text: t("timeline.noDecision") }),
            op.automatic === true ? el("div", null, badge(t("timeline.automatic"), "info")) : null,
            reasons.length
                ? el("ul", { class: "reasons" }, reasons.map((reason) => el("li", null, codeText("reason", reason), " ", rawCode(reason))))
                : null);

        const outcomeCode = typeof op.outcome === "string" && op.outcome ? op.outcome : null;
        const kind = outcomeBadgeKind(op.outcomeClass);
        const outcome = outcomeCode
            ? el("div", null, badge(codeText("outcome", outcomeCode), kind), " ", rawCode(outcomeCode),
                has("outcomeHelp." + outcomeCode) ? el("span", { class: "small muted block", text: t("outcomeHelp." + outcomeCode) }) : null)
            : el("span", { class: "muted", text: t("common.none") });

        let passkey;
        if (typeof op.passkeyLabel === "string" && op.passkeyLabel.trim()) {
            passkey = el("span", { title: op.credentialId || null, text: op.passkeyLabel });
        } else if (typeof op.credentialId === "string" && op.credentialId) {
            const current = app.view && app.view.overview && Array.isArray(app.view.overview.passkeys)
                ? app.view.overview.passkeys.find((p) => p && p.id === op.credentialId) : null;
            passkey = current
                ? el("span", { title: op.credentialId, text: passkeyLabel(current) })
                : el("span", { class: "muted", title: op.credentialId }, t("timeline.removedPasskey"), " ", rawCode(op.credentialId.slice(0, 8)));
        } else {
            passkey = el("span", { class: "muted", text: t("common.none") });
        }

        return el("tr", { dataset: { testid: "timeline-row", outcome: outcomeCode || "", outcomeClass: op.outcomeClass || "", kind: op.kind || "" }, class: kind === "danger" ? "row-failure" : null },
            cell(columns[0], timeElement(op.time, "common.unknown")),
            cell(columns[1], codeText("kind", op.kind)),
            cell(columns[2], environment),
            cell(columns[3], decision),
            cell(columns[4], outcome),
            cell(columns[5], typeof op.durationMs === "number" ? formatDuration(op.durationMs, app.locale) : el("span", { class: "muted", text: t("common.none") })),
            cell(columns[6], passkey));
    }

    // ------------------------------------------------------------------------------------------------
    // Confirmation dialog and actions
    // ------------------------------------------------------------------------------------------------

    function subject(user) {
        const name = displayName(user);
        return user.username && name !== user.username ? name + " (" + user.username + ")" : name;
    }

    function confirmRevoke(user, passkey, opener) {
        const label = passkeyLabel(passkey);
        openDialog({
            title: t("dialog.revoke.title"),
            text: t("dialog.revoke.text", label, subject(user)),
            confirm: t("dialog.revoke.confirm"),
            opener,
            run: (reason) => api("POST", "/users/" + enc(user.id) + "/passkeys/" + enc(passkey.id) + "/revoke", { reason }),
            success: () => t("status.revoked", label, subject(user)),
        });
    }

    function confirmRevokeAll(user, count, opener) {
        openDialog({
            title: t("dialog.revokeAll.title"),
            text: t("dialog.revokeAll.text", count, subject(user)),
            confirm: t("dialog.revokeAll.confirm"),
            opener,
            focusAfter: "[data-testid=revoke-all]",
            run: (reason) => api("POST", "/users/" + enc(user.id) + "/passkeys/revoke-all", { reason }),
            success: (result) => t("status.revokedAll", subject(user), Array.isArray(result.revoked) ? result.revoked.length : 0),
        });
    }

    function confirmResetMfa(user, opener) {
        openDialog({
            title: t("dialog.resetMfa.title"),
            text: t("dialog.resetMfa.text", subject(user)),
            confirm: t("dialog.resetMfa.confirm"),
            opener,
            focusAfter: "[data-testid=reset-mfa]",
            run: (reason) => api("POST", "/users/" + enc(user.id) + "/mfa/reset", { reason }),
            success: (result) => {
                const removed = Array.isArray(result.removed) ? result.removed.length : 0;
                const actions = Array.isArray(result.requiredActions) ? result.requiredActions.filter((a) => typeof a === "string") : [];
                const required = actions.map((a) => codeText("requiredAction", a)).join(", ");
                return t("status.mfaReset", subject(user), removed) + (required ? " " + t("status.mfaResetRequired", required) : "");
            },
        });
    }

    function confirmSetupEmail(user, opener) {
        openDialog({
            title: t("dialog.setupEmail.title"),
            text: t("dialog.setupEmail.text", subject(user), user.email || ""),
            confirm: t("dialog.setupEmail.confirm"),
            opener,
            danger: false,
            focusAfter: "[data-testid=send-setup-email]",
            run: (reason) => api("POST", "/users/" + enc(user.id) + "/passkey-setup-email", { reason }),
            success: () => t("status.emailSent", user.email || subject(user)),
        });
    }

    function openDialog(options) {
        const dialog = $("confirm-dialog");
        app.dialog = { ...options, busy: false };
        $("confirm-title").textContent = options.title;
        $("confirm-text").textContent = options.text;
        $("confirm-reason").value = "";
        $("confirm-reason").readOnly = false;
        $("confirm-submit").textContent = options.confirm;
        $("confirm-submit").className = "button " + (options.danger === false ? "button-primary" : "button-danger");
        $("confirm-cancel").disabled = false;
        showDialogError(null);
        updateCounter();
        dialog.showModal();
        $("confirm-reason").focus();
    }

    function updateCounter() {
        const reason = $("confirm-reason");
        $("confirm-counter").textContent = t("dialog.counter", reason.value.length, REASON_MAX);
        const busy = !!(app.dialog && app.dialog.busy);
        $("confirm-submit").disabled = busy || reason.value.trim().length === 0 || reason.value.length > REASON_MAX;
    }

    function showDialogError(text) {
        $("confirm-error").textContent = text || "";
        $("confirm-error").hidden = !text;
    }

    function setDialogBusy(busy) {
        const dialog = $("confirm-dialog");
        app.dialog.busy = busy;
        $("confirm-reason").readOnly = busy;
        $("confirm-cancel").disabled = busy;
        $("confirm-submit").textContent = busy ? t("dialog.working") : app.dialog.confirm;
        if (busy) {
            dialog.setAttribute("aria-busy", "true");
        } else {
            dialog.removeAttribute("aria-busy");
        }
        updateCounter();
    }

    async function submitDialog(event) {
        event.preventDefault();
        const current = app.dialog;
        if (!current || current.busy) {
            return;
        }
        const reason = $("confirm-reason").value.trim();
        if (!reason || reason.length > REASON_MAX) {
            updateCounter();
            return;
        }
        showDialogError(null);
        setDialogBusy(true);
        let result;
        try {
            result = await current.run(reason);
        } catch (e) {
            if (app.dialog === current) {
                setDialogBusy(false);
                showDialogError(e.message || t("error.generic"));
                $("confirm-reason").focus();
            }
            return;
        }
        setDialogBusy(false);
        closeDialog();
        setStatus(current.success(result || {}), "success");
        await reloadUser();
        // the view was drawn anew: focus the same action again if it is still there, else the user's name
        const again = current.focusAfter ? document.querySelector(current.focusAfter) : null;
        if (again && !again.disabled) {
            again.focus();
        } else if ($("user-heading")) {
            $("user-heading").focus();
        }
    }

    function closeDialog() {
        const dialog = $("confirm-dialog");
        if (dialog.open) {
            dialog.close();
        }
    }

    function wireDialog() {
        const dialog = $("confirm-dialog");
        $("confirm-form").addEventListener("submit", submitDialog);
        $("confirm-reason").addEventListener("input", updateCounter);
        $("confirm-cancel").addEventListener("click", () => {
            if (!app.dialog || !app.dialog.busy) {
                closeDialog();
            }
        });
        dialog.addEventListener("cancel", (event) => {
            if (app.dialog && app.dialog.busy) {
                event.preventDefault();
            }
        });
        dialog.addEventListener("close", () => {
            const current = app.dialog;
            if (current && !current.busy) {
                app.dialog = null;
                if (current.opener && current.opener.isConnected) {
                    current.opener.focus();
                }
            }
        });
    }

    // ------------------------------------------------------------------------------------------------
    // Language switch
    // ------------------------------------------------------------------------------------------------

    async function switchLanguage(locale) {
        if (!LOCALES.includes(locale) || locale === app.locale) {
            return;
        }
        try {
            localStorage.setItem(LANG_KEY, locale);
        } catch (e) {
            // storage may be disabled; the choice then lasts for this page only
        }
        const params = new URLSearchParams(location.search);
        if (params.has("lang")) {
            params.delete("lang");
            const rest = params.toString();
            history.replaceState(history.state, "", location.pathname + (rest ? "?" + rest : "") + location.hash);
        }
        busyStart();
        try {
            await loadMessages(locale);
        } finally {
            busyEnd();
        }
        applyStaticTexts();
        if (app.kpiOpen) {
            const module = kpiModule();
            if (module) {
                module.relabel();
            }
        } else if (app.view) {
            renderUserView();
        } else {
            renderResults();
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Start
    // ------------------------------------------------------------------------------------------------

    /** Whether the signed-in user holds a support role that opens the console; asked once, before anything else. */
    async function mayUseConsole() {
        try {
            const caller = await api("GET", "/me");
            // the KPI view is for analysts, who need not see users
            return Array.isArray(caller.roles) && (caller.roles.includes(VIEWER_ROLE) || caller.roles.includes("support-analytics"));
        } catch (e) {
            // the server still refuses each request on its own: an unanswered question locks nobody out
            return !(e instanceof ApiError && e.status === 403);
        }
    }

    function enableApp() {
        $("search-input").disabled = false;
        $("search-button").disabled = false;
    }

    function wireEvents() {
        $("search-form").addEventListener("submit", (event) => {
            event.preventDefault();
            const query = $("search-input").value.trim();
            if (!query) {
                setStatus(t("search.needText"), "info");
                $("search-input").focus();
                return;
            }
            if (location.hash) {
                history.pushState(null, "", location.pathname + location.search);
            }
            runSearch(query);
        });
        $("state-error-retry").addEventListener("click", () => {
            const retry = app.retry;
            showError(null);
            if (retry) {
                retry();
            }
        });
        $("sign-out").addEventListener("click", signOut);
        $("lang-switch").addEventListener("change", (event) => switchLanguage(event.target.value));
        window.addEventListener("hashchange", () => {
            if (app.tokens) {
                route();
            }
        });
        window.addEventListener("popstate", () => {
            if (app.tokens) {
                route();
            }
        });
        wireDialog();
    }

    async function start() {
        app.loc = consoleLocation(location.origin, location.pathname);
        const params = new URLSearchParams(location.search);
        const isCallback = params.has("code") || params.has("error");
        const saved = isCallback ? readPendingLogin() : null;
        // after the redirect the URL has lost ?lang=; the query from before the login still has it
        const returnTo = saved && typeof saved.returnTo === "string" ? saved.returnTo : withoutOidcParams(location.search) + location.hash;
        const returnQuery = new URLSearchParams(returnTo.split("#")[0]);
        let stored = null;
        try {
            stored = localStorage.getItem(LANG_KEY);
        } catch (e) {
            stored = null;
        }
        const locale = pickLocale(isCallback ? returnQuery.get("lang") : params.get("lang"), stored,
            navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]);
        await loadMessages(locale);
        applyStaticTexts();
        wireEvents();

        if (!app.loc) {
            showError(t("error.wrongAddress"));
            return;
        }

        if (!isCallback) {
            // A login that began moments ago and came back without a code (e.g. the browser's back button):
            // do not bounce straight back to the login page.
            let pending = null;
            try {
                pending = JSON.parse(sessionStorage.getItem(AUTH_KEY) || "null");
            } catch (e) {
                pending = null;
            }
            if (pending && typeof pending.startedAt === "number" && Date.now() - pending.startedAt < 5000) {
                sessionStorage.removeItem(AUTH_KEY);
                showError(t("auth.signInPrompt"), () => beginLogin(), "auth.signIn");
                return;
            }
            showLoading(true, "auth.signingIn");
            await beginLogin();
            return;
        }

        showLoading(true, "auth.signingIn");
        try {
            await completeLogin(params, saved);
        } catch (e) {
            history.replaceState(null, "", location.pathname + returnTo);
            showLoading(false);
            showError(e instanceof SignInError ? e.message : t("auth.exchangeFailed"), () => beginLogin(), "auth.signIn");
            return;
        }
        history.replaceState(null, "", location.pathname + returnTo);
        showLoading(false);
        showSignedIn();
        app.views = grantedViews(jwtPayload(app.tokens.access));
        if (!(await mayUseConsole())) {
            // said at once, and nothing to try again: only an administrator can grant the role
            showError(t("error.noSupportRole", SUPPORT_CLIENT_ROLES));
            document.body.dataset.ready = "true";
            return;
        }
        enableApp();
        await route();
        document.body.dataset.ready = "true";
        if (!app.kpiOpen && !userIdFromHash(location.hash)) {
            $("search-input").focus();
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})(typeof window !== "undefined" ? window : globalThis);
