package dev.pitlane.gst;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HsnSacTest {

    @ParameterizedTest
    @ValueSource(strings = {"8708", "870899", "87089900", "9987", "998714"})
    void fourSixOrEightDigits(String code) {
        assertThat(new HsnSac(code).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"870", "87089", "8708990", "870899001", "8708 99", "87O8", ""})
    void anythingElseIsRefused(String code) {
        assertThatThrownBy(() -> new HsnSac(code)).isInstanceOf(GstRuleViolation.class)
                .extracting(e -> ((GstRuleViolation) e).code()).isEqualTo("gst.invalid-hsn-sac");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9987", "998714"})
    void chapter99IsAService(String code) {
        assertThat(new HsnSac(code).isService()).isTrue();
        assertThat(new HsnSac("8708").isService()).isFalse();
    }
}
