package dev.passkeyautopilot.format;

import java.util.List;

/** The formats by name. */
public final class EventFormats {

    public static final EventFormat JSON = new JsonFormat();
    public static final EventFormat OCSF = new OcsfFormat();
    public static final EventFormat ECS = new EcsFormat();
    public static final EventFormat CEF = new CefFormat();

    private static final List<EventFormat> ALL = List.of(JSON, OCSF, ECS, CEF);

    private EventFormats() {
    }

    /** @throws IllegalArgumentException for an unknown name (names are lowercase, exact) */
    public static EventFormat byName(String name) {
        for (EventFormat f : ALL) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown event format; expected one of " + names());
    }

    public static List<String> names() {
        return ALL.stream().map(EventFormat::name).toList();
    }
}
