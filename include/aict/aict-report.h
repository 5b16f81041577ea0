/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-types.h>

G_BEGIN_DECLS

/**
 * AictIssueCode:
 * @AICT_ISSUE_CODE_UNKNOWN: a code that is not one of libaict's rules (an
 *   issue made with aict_issue_new() by other code)
 * @AICT_ISSUE_CODE_REQUIRED_MISSING: `required-missing`
 * @AICT_ISSUE_CODE_ID_INVALID: `id-invalid`
 * @AICT_ISSUE_CODE_TEXT_INVALID: `text-invalid`
 * @AICT_ISSUE_CODE_TIME_INVALID: `time-invalid`
 * @AICT_ISSUE_CODE_CODE_INVALID: `code-invalid`
 * @AICT_ISSUE_CODE_DUPLICATE_ID: `duplicate-id`
 * @AICT_ISSUE_CODE_REFERENCE_UNRESOLVED: `reference-unresolved`
 * @AICT_ISSUE_CODE_REFERENCE_WRONG_KIND: `reference-wrong-kind`
 * @AICT_ISSUE_CODE_REFERENCE_CYCLE: `reference-cycle`
 * @AICT_ISSUE_CODE_COUNTRY_UNKNOWN: `country-unknown`
 * @AICT_ISSUE_CODE_SUBDIVISION_UNKNOWN: `subdivision-unknown`
 * @AICT_ISSUE_CODE_SUBDIVISION_COUNTRY_MISMATCH: `subdivision-country-mismatch`
 * @AICT_ISSUE_CODE_CURRENCY_UNKNOWN: `currency-unknown`
 * @AICT_ISSUE_CODE_DATE_ORDER: `date-order`
 * @AICT_ISSUE_CODE_RANGE_INVERTED: `range-inverted`
 * @AICT_ISSUE_CODE_AMOUNT_NEGATIVE: `amount-negative`
 * @AICT_ISSUE_CODE_SHARE_OUT_OF_RANGE: `share-out-of-range`
 * @AICT_ISSUE_CODE_SHARES_SUM: `shares-sum`
 * @AICT_ISSUE_CODE_STATUS_ENDED_WITHOUT_END: `status-ended-without-end`
 * @AICT_ISSUE_CODE_STATUS_ACTIVE_PAST_END: `status-active-past-end`
 * @AICT_ISSUE_CODE_ATTENDANCE_DUPLICATE: `attendance-duplicate`
 * @AICT_ISSUE_CODE_ACTION_WITHOUT_OWNER: `action-without-owner`
 * @AICT_ISSUE_CODE_PARTNERSHIP_NO_FRENCH_SIDE: `partnership-no-french-side`
 * @AICT_ISSUE_CODE_PARTNERSHIP_NO_PARTNER_SIDE: `partnership-no-partner-side`
 * @AICT_ISSUE_CODE_THEME_UNKNOWN: `theme-unknown`
 * @AICT_ISSUE_CODE_BUDGET_NO_OWNER: `budget-no-owner`
 * @AICT_ISSUE_CODE_BUDGET_EMPTY: `budget-empty`
 * @AICT_ISSUE_CODE_CONTRIBUTION_NO_SPEAKER: `contribution-no-speaker`
 *
 * The rules of [method@Aict.Dataset.validate], one value per stable code
 * of doc/validation.md; the nick of a value is the code itself (what
 * [method@Aict.Issue.get_code] returns and `aict validate --json` prints).
 * Values are only ever added, at the end.
 *
 * Since: 0.2
 */
typedef enum
{
  AICT_ISSUE_CODE_UNKNOWN,                       /*< nick=unknown >*/
  AICT_ISSUE_CODE_REQUIRED_MISSING,              /*< nick=required-missing >*/
  AICT_ISSUE_CODE_ID_INVALID,                    /*< nick=id-invalid >*/
  AICT_ISSUE_CODE_TEXT_INVALID,                  /*< nick=text-invalid >*/
  AICT_ISSUE_CODE_TIME_INVALID,                  /*< nick=time-invalid >*/
  AICT_ISSUE_CODE_CODE_INVALID,                  /*< nick=code-invalid >*/
  AICT_ISSUE_CODE_DUPLICATE_ID,                  /*< nick=duplicate-id >*/
  AICT_ISSUE_CODE_REFERENCE_UNRESOLVED,          /*< nick=reference-unresolved >*/
  AICT_ISSUE_CODE_REFERENCE_WRONG_KIND,          /*< nick=reference-wrong-kind >*/
  AICT_ISSUE_CODE_REFERENCE_CYCLE,               /*< nick=reference-cycle >*/
  AICT_ISSUE_CODE_COUNTRY_UNKNOWN,               /*< nick=country-unknown >*/
  AICT_ISSUE_CODE_SUBDIVISION_UNKNOWN,           /*< nick=subdivision-unknown >*/
  AICT_ISSUE_CODE_SUBDIVISION_COUNTRY_MISMATCH,  /*< nick=subdivision-country-mismatch >*/
  AICT_ISSUE_CODE_CURRENCY_UNKNOWN,              /*< nick=currency-unknown >*/
  AICT_ISSUE_CODE_DATE_ORDER,                    /*< nick=date-order >*/
  AICT_ISSUE_CODE_RANGE_INVERTED,                /*< nick=range-inverted >*/
  AICT_ISSUE_CODE_AMOUNT_NEGATIVE,               /*< nick=amount-negative >*/
  AICT_ISSUE_CODE_SHARE_OUT_OF_RANGE,            /*< nick=share-out-of-range >*/
  AICT_ISSUE_CODE_SHARES_SUM,                    /*< nick=shares-sum >*/
  AICT_ISSUE_CODE_STATUS_ENDED_WITHOUT_END,      /*< nick=status-ended-without-end >*/
  AICT_ISSUE_CODE_STATUS_ACTIVE_PAST_END,        /*< nick=status-active-past-end >*/
  AICT_ISSUE_CODE_ATTENDANCE_DUPLICATE,          /*< nick=attendance-duplicate >*/
  AICT_ISSUE_CODE_ACTION_WITHOUT_OWNER,          /*< nick=action-without-owner >*/
  AICT_ISSUE_CODE_PARTNERSHIP_NO_FRENCH_SIDE,    /*< nick=partnership-no-french-side >*/
  AICT_ISSUE_CODE_PARTNERSHIP_NO_PARTNER_SIDE,   /*< nick=partnership-no-partner-side >*/
  AICT_ISSUE_CODE_THEME_UNKNOWN,                 /*< nick=theme-unknown >*/
  AICT_ISSUE_CODE_BUDGET_NO_OWNER,               /*< nick=budget-no-owner >*/
  AICT_ISSUE_CODE_BUDGET_EMPTY,                  /*< nick=budget-empty >*/
  AICT_ISSUE_CODE_CONTRIBUTION_NO_SPEAKER,       /*< nick=contribution-no-speaker >*/
} AictIssueCode;

#define AICT_TYPE_ISSUE (aict_issue_get_type ())
AICT_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AictIssue, aict_issue, AICT, ISSUE, GObject)

#define AICT_TYPE_REPORT (aict_report_get_type ())
AICT_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AictReport, aict_report, AICT, REPORT, GObject)

AICT_AVAILABLE_IN_ALL
AictIssue    *aict_issue_new             (AictSeverity  severity,
                                          const char   *code,
                                          const char   *path,
                                          const char   *object_id,
                                          const char   *message);
AICT_AVAILABLE_IN_ALL
AictSeverity  aict_issue_get_severity    (AictIssue    *self);
AICT_AVAILABLE_IN_ALL
const char   *aict_issue_get_code        (AictIssue    *self);
AICT_AVAILABLE_IN_ALL
const char   *aict_issue_get_path        (AictIssue    *self);
AICT_AVAILABLE_IN_ALL
const char   *aict_issue_get_object_id   (AictIssue    *self);
AICT_AVAILABLE_IN_ALL
const char   *aict_issue_get_message     (AictIssue    *self);
AICT_AVAILABLE_IN_0_2
AictIssueCode aict_issue_get_code_enum   (AictIssue    *self);

AICT_AVAILABLE_IN_ALL
AictReport   *aict_report_new            (void);
AICT_AVAILABLE_IN_ALL
void          aict_report_add            (AictReport   *self,
                                          AictIssue    *issue);
AICT_AVAILABLE_IN_ALL
GListModel   *aict_report_get_issues     (AictReport   *self);
AICT_AVAILABLE_IN_ALL
guint         aict_report_get_n_errors   (AictReport   *self);
AICT_AVAILABLE_IN_ALL
guint         aict_report_get_n_warnings (AictReport   *self);
AICT_AVAILABLE_IN_ALL
gboolean      aict_report_is_valid       (AictReport   *self);
AICT_AVAILABLE_IN_ALL
AictIssue    *aict_report_find           (AictReport   *self,
                                          const char   *code,
                                          const char   *path);

G_END_DECLS
