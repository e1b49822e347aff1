package org.framescope.stats;

/** Whether a statistical result can be reported (OK) or had too little data to be trusted. */
public enum Status {
  /** The statistic and p-value are valid and may be reported. */
  OK,
  /** The data are too few for the test's assumptions; the result carries a reason instead of a p-value. */
  TOO_LITTLE_DATA
}
