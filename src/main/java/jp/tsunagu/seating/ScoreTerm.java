package jp.tsunagu.seating;

import java.util.function.ToIntFunction;

/** The terms of the seating score, in the order the user sees them, with their JSON names. */
public enum ScoreTerm {
    FIRST_CHOICE("firstChoice", 1, SeatingRules::firstChoice),
    SECOND_CHOICE("secondChoice", 1, SeatingRules::secondChoice),
    THIRD_CHOICE("thirdChoice", 1, SeatingRules::thirdChoice),
    SAME_INDUSTRY_PAIRS("sameIndustryPairs", -1, SeatingRules::sameIndustryPair),
    REPEAT_PAIRS("repeatPairs", -1, SeatingRules::repeatPair),
    YEG_OVERFLOW("yegOverflow", -1, SeatingRules::yegOverflow);

    private final String jsonName;
    private final int sign;
    private final ToIntFunction<SeatingRules> weight;

    ScoreTerm(String jsonName, int sign, ToIntFunction<SeatingRules> weight) {
        this.jsonName = jsonName;
        this.sign = sign;
        this.weight = weight;
    }

    public String jsonName() {
        return jsonName;
    }

    /** Points one count of this term is worth under these rules (negative for the penalties). */
    public int pointsEach(SeatingRules rules) {
        return sign * weight.applyAsInt(rules);
    }

    /** The bundle key of the term's label. */
    public String labelKey() {
        return "seating.term." + jsonName;
    }
}
