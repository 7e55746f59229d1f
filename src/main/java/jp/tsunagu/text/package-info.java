/**
 * The text rules every capability shares, each in one place: NFKC ({@link jp.tsunagu.text.Nfkc}),
 * 五十音 order ({@link jp.tsunagu.text.ReadingOrder}), search keys ({@link jp.tsunagu.text.SearchKey})
 * and what counts as "no organisation" ({@link jp.tsunagu.text.Organisations}). Plain Java, no store.
 */
package jp.tsunagu.text;
