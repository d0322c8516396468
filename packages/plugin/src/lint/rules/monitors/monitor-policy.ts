/** Why the monitor rules are advice: nothing upstream validates monitor templates any more. */
export const NO_MONITOR_VALIDATOR =
  "ddev 20.1 has no monitor validator: datadog_checks_dev's `validate recommended-monitors`, which checked this on the pre-template format, is gone";
