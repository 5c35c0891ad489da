package dev.pitlane.procurement.supplier.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GstinTest {

    @ParameterizedTest
    @ValueSource(strings = {"27AAPFU0939F1ZV", "29AAGCB7383J1Z4", "29AABCB1001D1ZJ", "06AABCM2002D1ZD"})
    void acceptsValidNumbers(String value) {
        assertThat(Gstin.problem(value)).isEmpty();
        assertThat(new Gstin(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "38", "97", "99"})
    void acceptsEveryStateCodeIncludingOtherTerritoryAndCentre(String state) {
        String first14 = state + "AABCD9999Z1Z";
        assertThat(Gstin.problem(first14 + Gstin.checkCharacter(first14))).isEmpty();
    }

    @Test
    void theCheckCharacterIsTheGstnChecksum() {
        // published example: 27AAPFU0939F1Z + V
        assertThat(Gstin.checkCharacter("27AAPFU0939F1Z")).isEqualTo('V');
        assertThat(Gstin.problem("27AAPFU0939F1ZW")).contains("has a wrong check character");
    }

    @Test
    void refusesWrongLength() {
        assertThat(Gstin.problem("27AAPFU0939F1Z")).contains("must be 15 characters");
        assertThat(Gstin.problem(null)).contains("must be 15 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"27AAPF10939F1ZV", "27AAPFU093XF1ZV", "27AAPFU0939F0ZV", "27AAPFU0939F1YV",
            "27aapfu0939f1zv"})
    void refusesWhatIsNotStateCodePanEntityZCheck(String value) {
        assertThat(Gstin.problem(value)).hasValueSatisfying(p -> assertThat(p).startsWith("must be a state code"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "39", "96", "98"})
    void refusesUnknownStateCodes(String state) {
        String first14 = state + "AAPFU0939F1Z";
        assertThat(Gstin.problem(first14 + Gstin.checkCharacter(first14))).hasValueSatisfying(p ->
                assertThat(p).startsWith("has an unknown state code"));
    }

    @Test
    void parseTrimsAndUpperCases() {
        Gstin gstin = Gstin.parse(" 27aapfu0939f1zv ");
        assertThat(gstin.value()).isEqualTo("27AAPFU0939F1ZV");
        assertThatThrownBy(() -> Gstin.parse("27AAPFU0939F1ZW")).isInstanceOf(IllegalArgumentException.class);
    }
}
