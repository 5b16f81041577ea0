/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "aict-issue-code-private.h"

/* Row i is the code of value i + 1 (0 is AICT_ISSUE_CODE_UNKNOWN);
 * _aict_issue_code_get_info() g_assert()s that they stay in step. */
static const AictIssueCodeInfo issue_codes[] = {
  { AICT_ISSUE_CODE_REQUIRED_MISSING, "required-missing", AICT_SEVERITY_ERROR, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_ID_INVALID, "id-invalid", AICT_SEVERITY_ERROR, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_TEXT_INVALID, "text-invalid", AICT_SEVERITY_ERROR, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_TIME_INVALID, "time-invalid", AICT_SEVERITY_ERROR, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_CODE_INVALID, "code-invalid", AICT_SEVERITY_ERROR, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_DUPLICATE_ID, "duplicate-id", AICT_SEVERITY_ERROR, AICT_ERROR_DUPLICATE_ID },
  { AICT_ISSUE_CODE_REFERENCE_UNRESOLVED, "reference-unresolved", AICT_SEVERITY_ERROR, AICT_ERROR_REFERENCE },
  { AICT_ISSUE_CODE_REFERENCE_WRONG_KIND, "reference-wrong-kind", AICT_SEVERITY_ERROR, AICT_ERROR_REFERENCE },
  { AICT_ISSUE_CODE_REFERENCE_CYCLE, "reference-cycle", AICT_SEVERITY_ERROR, AICT_ERROR_REFERENCE },
  { AICT_ISSUE_CODE_COUNTRY_UNKNOWN, "country-unknown", AICT_SEVERITY_ERROR, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_SUBDIVISION_UNKNOWN, "subdivision-unknown", AICT_SEVERITY_ERROR, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_SUBDIVISION_COUNTRY_MISMATCH, "subdivision-country-mismatch", AICT_SEVERITY_WARNING, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_CURRENCY_UNKNOWN, "currency-unknown", AICT_SEVERITY_ERROR, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_DATE_ORDER, "date-order", AICT_SEVERITY_ERROR, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_RANGE_INVERTED, "range-inverted", AICT_SEVERITY_ERROR, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_AMOUNT_NEGATIVE, "amount-negative", AICT_SEVERITY_ERROR, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_SHARE_OUT_OF_RANGE, "share-out-of-range", AICT_SEVERITY_ERROR, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_SHARES_SUM, "shares-sum", AICT_SEVERITY_ERROR, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_STATUS_ENDED_WITHOUT_END, "status-ended-without-end", AICT_SEVERITY_WARNING, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_STATUS_ACTIVE_PAST_END, "status-active-past-end", AICT_SEVERITY_WARNING, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_ATTENDANCE_DUPLICATE, "attendance-duplicate", AICT_SEVERITY_ERROR, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_ACTION_WITHOUT_OWNER, "action-without-owner", AICT_SEVERITY_ERROR, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_PARTNERSHIP_NO_FRENCH_SIDE, "partnership-no-french-side", AICT_SEVERITY_WARNING, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_PARTNERSHIP_NO_PARTNER_SIDE, "partnership-no-partner-side", AICT_SEVERITY_WARNING, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_THEME_UNKNOWN, "theme-unknown", AICT_SEVERITY_WARNING, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_BUDGET_NO_OWNER, "budget-no-owner", AICT_SEVERITY_ERROR, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_BUDGET_EMPTY, "budget-empty", AICT_SEVERITY_ERROR, AICT_ERROR_SCHEMA },
  { AICT_ISSUE_CODE_CONTRIBUTION_NO_SPEAKER, "contribution-no-speaker", AICT_SEVERITY_ERROR, AICT_ERROR_SCHEMA },
};

const AictIssueCodeInfo *
_aict_issue_code_get_table (guint *n_rows)
{
  *n_rows = G_N_ELEMENTS (issue_codes);
  return issue_codes;
}

const AictIssueCodeInfo *
_aict_issue_code_get_info (AictIssueCode code)
{
  const AictIssueCodeInfo *info;

  if ((guint) code < 1 || (guint) code > G_N_ELEMENTS (issue_codes))
    return NULL;

  info = &issue_codes[code - 1];
  g_assert (info->code == code);

  return info;
}

AictIssueCode
_aict_issue_code_from_nick (const char *nick)
{
  if (nick == NULL)
    return AICT_ISSUE_CODE_UNKNOWN;

  for (guint i = 0; i < G_N_ELEMENTS (issue_codes); i++)
    if (strcmp (issue_codes[i].nick, nick) == 0)
      return issue_codes[i].code;

  return AICT_ISSUE_CODE_UNKNOWN;
}
