package dev.pitlane.inventory.catalog.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ItemRowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void everyBadCellOfARowIsReportedWithItsColumn() {
        ItemRow.Parsed p = parse(Map.of("sku", "A", "gstrate", "17", "sellingprice", "-1", "standardcost", "1.23456",
                "shelflifedays", "x", "trackingmode", "LOT", "priceeffectivefrom", "2026-12-08"));
        assertThat(p.problems()).extracting(ItemRow.CellProblem::column).containsExactlyInAnyOrder("gstRate",
                "sellingPrice", "standardCost", "shelfLifeDays", "trackingMode", "priceEffectiveFrom");
    }

    @Test
    void pricesAreComparedWithoutTrailingZerosAndThousandsSeparators() {
        ItemRow row = parse(Map.of("sku", "A", "sellingprice", "1,553.50", "standardcost", "100.000")).row();
        assertThat(row.sellingPrice()).isEqualTo(new BigDecimal("1553.5"));
        assertThat(row.standardCost()).isEqualTo(new BigDecimal("100"));
        assertThat(row.priceEffectiveFrom()).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void aPathIsSplitOnItsSeparatorAndAnItemCannotReplaceItself() {
        ItemRow.Parsed p = parse(Map.of("partnumber", "P1", "categorypath", "Brakes > Pads >  Front ",
                "supersededby", "p1"));
        assertThat(p.row().categoryPath()).isEqualTo(List.of("Brakes", "Pads", "Front"));
        assertThat(p.problems()).extracting(ItemRow.CellProblem::column).containsExactly("supersededBy");
        assertThat(parse(Map.of("name", "x")).problems()).extracting(ItemRow.CellProblem::reason)
                .containsExactly("a row needs a SKU or a part number");
    }

    private static ItemRow.Parsed parse(Map<String, String> cells) {
        Map<String, String> all = new HashMap<>(cells);
        return ItemRow.parse(2, Set.copyOf(all.keySet()), all, TODAY.minusDays(1), TODAY);
    }
}
