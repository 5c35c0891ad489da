package dev.pitlane.platform.messaging;

import tools.jackson.databind.json.JsonMapper;

/** The JSON mapper for events, lenient on unknown fields (unlike the API's, which refuses them). */
public record EventJsonMapper(JsonMapper mapper) {
}
