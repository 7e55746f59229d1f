package jp.tsunagu.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.tsunagu.event.Event;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.event.TableStaff;

/** The JSON shapes of cli.md for events and tables; extra keys only ever added, never renamed. */
final class EventJson {
    private EventJson() {}

    static Map<String, Object> event(Event event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", event.id());
        json.put("name", event.name());
        json.put("date", event.date() == null ? null : event.date().toString());
        json.put("venue", event.venue());
        return json;
    }

    static Map<String, Object> plan(EventPlan plan) {
        Map<String, Object> json = event(plan.event());
        json.put("tables", plan.tables().stream().map(EventJson::table).toList());
        return json;
    }

    static Map<String, Object> table(EventTable table) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", table.number());
        json.put("theme", table.theme().number());
        json.put("themeName", table.theme().name());
        // null: automatic, ceil((participants - seats set by hand) / automatic tables) at seating time
        // (seating-objective.md).
        json.put("capacity", table.capacity());
        json.put("colour", table.theme().colour());
        json.put("advisor", table.advisor().map(EventJson::staff).orElse(null));
        json.put("facilitator", table.facilitator().map(EventJson::staff).orElse(null));
        return json;
    }

    static Map<String, Object> staff(TableStaff staff) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("role", staff.role().code());
        json.put("name", staff.name());
        json.put("organisation", staff.organisation());
        json.put("email", staff.email());
        json.put("reading", staff.reading());
        json.put("title", staff.title());
        return json;
    }
}
