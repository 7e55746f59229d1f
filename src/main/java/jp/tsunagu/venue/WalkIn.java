package jp.tsunagu.venue;

import java.util.List;
import java.util.Map;
import jp.tsunagu.registrant.Registrant;

/**
 * The walk-in form (当日参加): what is asked at the door. Choices are theme numbers or null.
 */
public record WalkIn(
        String name,
        String reading,
        String organisation,
        String title,
        String industry,
        String category,
        boolean yeg,
        String email,
        String phone,
        Integer choice1,
        Integer choice2,
        Integer choice3,
        boolean consent) {

    public WalkIn {
        name = name == null ? "" : name;
        reading = reading == null ? "" : reading;
        organisation = organisation == null ? "" : organisation;
        title = title == null ? "" : title;
        industry = industry == null ? "" : industry;
        category = category == null ? "" : category;
        email = email == null ? "" : email;
        phone = phone == null ? "" : phone;
    }

    /** The choices given, in rank order (nulls where none was given). */
    public List<Integer> choices() {
        return java.util.Arrays.asList(choice1, choice2, choice3);
    }

    /** As the registrant service stores a person (it cleans the text as an import would). */
    Registrant registrant() {
        return new Registrant(
                name,
                reading,
                false,
                organisation,
                "",
                title,
                industry,
                category,
                yeg,
                email,
                phone,
                choice1,
                choice2,
                choice3,
                "",
                "",
                "",
                "",
                consent,
                null,
                "",
                List.of(),
                Map.of());
    }
}
