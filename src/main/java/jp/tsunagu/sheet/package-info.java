/**
 * The one writer of every table the app exports (CSV in UTF-8 with a BOM, or .xlsx), with the
 * formula-injection rule and the cell-length rule in one place (docs/decisions/0030, 0090).
 */
package jp.tsunagu.sheet;
