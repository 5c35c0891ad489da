package dev.pitlane.gst;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GstStateTest {

    @Test
    void everyCodeFrom01To38And97() {
        var codes = Arrays.stream(GstState.values()).map(GstState::code).collect(Collectors.toSet());
        var expected = IntStream.rangeClosed(1, 38).mapToObj(i -> String.format("%02d", i)).collect(Collectors.toSet());
        expected.add("97");
        assertThat(codes).isEqualTo(expected);
        assertThat(GstState.ofCode("27")).isEqualTo(GstState.MAHARASHTRA);
        assertThat(GstState.ofCode("29").displayName()).isEqualTo("Karnataka");
    }

    @Test
    void unionTerritoriesWithoutLegislatureLevyUtgst() {
        var utgst = Arrays.stream(GstState.values()).filter(GstState::leviesUtgst).map(GstState::code)
                .collect(Collectors.toSet());
        assertThat(utgst).containsExactlyInAnyOrder("04", "25", "26", "31", "35", "38", "97");
        assertThat(GstState.DELHI.leviesUtgst()).isFalse();
        assertThat(GstState.PUDUCHERRY.leviesUtgst()).isFalse();
        assertThat(GstState.JAMMU_AND_KASHMIR.leviesUtgst()).isFalse();
    }

    @Test
    void unknownCodeIsADomainError() {
        assertThatThrownBy(() -> GstState.ofCode("39")).isInstanceOf(GstRuleViolation.class)
                .extracting(e -> ((GstRuleViolation) e).code()).isEqualTo("gst.invalid-state-code");
        assertThatThrownBy(() -> GstState.ofCode("7")).isInstanceOf(GstRuleViolation.class);
    }
}
