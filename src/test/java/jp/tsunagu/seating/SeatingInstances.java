package jp.tsunagu.seating;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Generated seating problems shaped like real registrations, the same for the same seed. */
public final class SeatingInstances {
    private static final String[] INDUSTRIES = {
        "製造業", "建設業", "小売業", "飲食業", "農業", "情報通信業", "医療・福祉", "教育", "金融・保険業", "不動産業", "運輸業", "サービス業", "行政", "個人・市民",
        "その他", ""
    };

    private SeatingInstances() {}

    /** What to generate. */
    public record Shape(
            String name,
            int people,
            int themes,
            int tablesPerTheme,
            Integer capacity,
            int bigOrganisation,
            double dominantIndustry,
            int earlierPairs,
            long seed) {}

    public static SeatingProblem generate(Shape shape) {
        SplittableRandom random = new SplittableRandom(shape.seed());
        List<SeatingTable> tables = new ArrayList<>();
        int number = 1;
        for (int theme = 1; theme <= shape.themes(); theme++) {
            for (int k = 0; k < shape.tablesPerTheme(); k++) {
                tables.add(new SeatingTable(number++, theme, shape.capacity()));
            }
        }
        // Popular and less popular themes, as at the real event.
        double[] popularity = new double[shape.themes()];
        for (int t = 0; t < popularity.length; t++) {
            popularity[t] = 1.0 / (1 + 0.35 * t);
        }
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < shape.people(); i++) {
            Integer[] choices = new Integer[3];
            int howMany = random.nextDouble() < 0.05 ? 0 : random.nextDouble() < 0.15 ? 1 : 3;
            Set<Integer> taken = new HashSet<>();
            for (int c = 0; c < howMany; c++) {
                int theme = pick(popularity, random, taken);
                taken.add(theme);
                choices[c] = theme;
            }
            String industry = random.nextDouble() < shape.dominantIndustry()
                    ? INDUSTRIES[0]
                    : INDUSTRIES[random.nextInt(INDUSTRIES.length)];
            String organisation;
            if (i < shape.bigOrganisation()) {
                organisation = "掛川製茶";
            } else if (random.nextDouble() < 0.15) {
                organisation = "会社" + random.nextInt(Math.max(1, shape.people() / 8));
            } else {
                organisation = "団体" + i;
            }
            boolean yeg = random.nextDouble() < 0.2;
            people.add(new Participant(
                    1000 + i, "参加者" + i, choices[0], choices[1], choices[2], industry, organisation, yeg, null, null));
        }
        Set<TablematePair> pairs = new HashSet<>();
        while (pairs.size() < shape.earlierPairs()) {
            int a = random.nextInt(shape.people());
            int b = random.nextInt(shape.people());
            if (a != b) {
                pairs.add(new TablematePair(1000 + a, 1000 + b));
            }
        }
        return new SeatingProblem(tables, people, pairs, SeatingRules.DEFAULTS);
    }

    private static int pick(double[] weights, SplittableRandom random, Set<Integer> taken) {
        double total = 0;
        for (int t = 0; t < weights.length; t++) {
            total += taken.contains(t + 1) ? 0 : weights[t];
        }
        double r = random.nextDouble() * total;
        for (int t = 0; t < weights.length; t++) {
            if (taken.contains(t + 1)) {
                continue;
            }
            r -= weights[t];
            if (r <= 0) {
                return t + 1;
            }
        }
        for (int t = weights.length; t >= 1; t--) {
            if (!taken.contains(t)) {
                return t;
            }
        }
        throw new IllegalStateException();
    }
}
