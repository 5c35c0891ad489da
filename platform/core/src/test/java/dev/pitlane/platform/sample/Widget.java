package dev.pitlane.platform.sample;

import java.util.UUID;

record Widget(UUID id, String name, int quantity, long version) {
}
