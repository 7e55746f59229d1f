package jp.tsunagu.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.outcome.SeedStatus;

/**
 * The figures of the follow-up report, exactly as product.md names and defines them; {@link #json()}
 * gives them under those names. {@code byCategory} is keyed by the category as imported ("" when the
 * form gave none); {@code seedsByStatus} holds every status, zeros included.
 */
public record ReportFigures(
        int registered,
        int walkIns,
        int attended,
        int noShows,
        BigDecimal attendanceRate,
        Map<String, CategoryFigures> byCategory,
        List<TableFigures> tables,
        int interests,
        int seeds,
        int steps,
        Map<SeedStatus, Integer> seedsByStatus,
        int crossIndustrySeeds,
        int pairs,
        int firstTimePairs,
        int yegPairs) {

    public ReportFigures {
        byCategory = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCategory));
        tables = List.copyOf(tables);
        seedsByStatus = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(seedsByStatus));
    }

    /** The figures as maps and plain values under product.md's keys, for {@code --json}. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("registered", registered);
        json.put("walkIns", walkIns);
        json.put("attended", attended);
        json.put("noShows", noShows);
        json.put("attendanceRate", attendanceRate);
        Map<String, Object> categories = new LinkedHashMap<>();
        byCategory.forEach((category, f) -> {
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("registered", f.registered());
            counts.put("attended", f.attended());
            categories.put(category, counts);
        });
        json.put("byCategory", categories);
        List<Object> tableList = new ArrayList<>();
        for (TableFigures t : tables) {
            Map<String, Object> table = new LinkedHashMap<>();
            table.put("number", t.number());
            table.put("theme", t.theme());
            table.put("themeName", t.themeName());
            table.put("present", t.present());
            table.put("industries", t.industries());
            table.put("firstChoice", t.firstChoice());
            table.put("interests", t.interests());
            table.put("seeds", t.seeds());
            table.put("steps", t.steps());
            tableList.add(table);
        }
        json.put("tables", tableList);
        json.put("interests", interests);
        json.put("seeds", seeds);
        json.put("steps", steps);
        Map<String, Object> byStatus = new LinkedHashMap<>();
        seedsByStatus.forEach((status, n) -> byStatus.put(status.code(), n));
        json.put("seedsByStatus", byStatus);
        json.put("crossIndustrySeeds", crossIndustrySeeds);
        json.put("pairs", pairs);
        json.put("firstTimePairs", firstTimePairs);
        json.put("yegPairs", yegPairs);
        return json;
    }
}
