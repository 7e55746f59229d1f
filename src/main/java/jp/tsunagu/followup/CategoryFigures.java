package jp.tsunagu.followup;

/** Per category (区分): registered before the day, and attended (walk-ins included). */
public record CategoryFigures(int registered, int attended) {}
