package dev.passkeyautopilot.admin;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The representation of an admin event that replaces a document: what it was and what it is now. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Change<T>(T before, T after) {
}
