package dev.pitlane.inventory.catalog.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogRulesTest {

    private final UUID pcsId = UUID.randomUUID();
    private final UnitConversion.UnitFacts pcs = new UnitConversion.UnitFacts(pcsId, null, BigDecimal.ONE, false);
    private final UnitConversion.UnitFacts box = new UnitConversion.UnitFacts(UUID.randomUUID(), pcsId,
            BigDecimal.valueOf(12), false);
    private final UnitConversion.UnitFacts litre = new UnitConversion.UnitFacts(UUID.randomUUID(), null,
            BigDecimal.ONE, true);

    @Test
    void boxesConvertToPiecesAndBack() {
        assertThat(UnitConversion.convert(BigDecimal.valueOf(2), box, pcs)).get()
                .satisfies(q -> assertThat(q).isEqualByComparingTo("24"));
        assertThat(UnitConversion.convert(BigDecimal.valueOf(36), pcs, box)).get()
                .satisfies(q -> assertThat(q).isEqualByComparingTo("3"));
        assertThat(UnitConversion.convert(BigDecimal.ONE, litre, pcs)).isEmpty();
        assertThatThrownBy(() -> UnitConversion.convert(BigDecimal.valueOf(6), pcs, box))
                .hasMessageContaining("whole number");
        assertThat(UnitConversion.convert(new BigDecimal("0.5"), litre, litre)).get()
                .satisfies(q -> assertThat(q).isEqualByComparingTo("0.5"));
    }

    @Test
    void supersessionFollowsTheChainAndDetectsLoops() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        Map<UUID, UUID> next = Map.of(a, b, b, c);
        assertThat(Supersession.current(a, i -> Optional.ofNullable(next.get(i)))).isEqualTo(c);
        assertThat(Supersession.wouldLoop(c, a, i -> Optional.ofNullable(next.get(i)))).isTrue();
        assertThat(Supersession.wouldLoop(c, UUID.randomUUID(), i -> Optional.ofNullable(next.get(i)))).isFalse();
    }

    @Test
    void onlyGstSlabsAreRates() {
        assertThat(GstRate.isSlab(new BigDecimal("18.00"))).isTrue();
        assertThat(GstRate.isSlab(new BigDecimal("17"))).isFalse();
    }
}
