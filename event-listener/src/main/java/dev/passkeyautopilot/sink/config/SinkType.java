package dev.passkeyautopilot.sink.config;

/** The kinds of sink, and the format each uses unless configured otherwise. */
public enum SinkType implements Fields.Named {
    FILE("file", "json"),
    SYSLOG("syslog", "cef"),
    WEBHOOK("webhook", "json"),
    KAFKA("kafka", "json");

    private final String jsonName;
    private final String defaultFormat;

    SinkType(String jsonName, String defaultFormat) {
        this.jsonName = jsonName;
        this.defaultFormat = defaultFormat;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    public String defaultFormat() {
        return defaultFormat;
    }
}
