/** KPI arithmetic: reporting periods, changes against a comparison, the executive summary and its alerts. */
package io.keystonebi.reports.kpi;
