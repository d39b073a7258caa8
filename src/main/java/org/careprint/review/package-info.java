/**
 * Review dates and policy: the review cycle, the next review date and the current / due / overdue / unknown
 * status every output reports.
 */
package org.careprint.review;
