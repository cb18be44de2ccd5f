package dev.quarry.store;

/** How query results are printed. */
public enum ResultFormat {
  TABLE,
  CSV,
  TSV,
  JSON,
  XML
}
