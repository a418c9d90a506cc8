/** The dashboard's admin path (under the admin route). */
export const DASHBOARD_PATH = '/timeliness'

/** The report's API path (under the API route). */
export const REPORT_PATH = '/timeliness/report'
