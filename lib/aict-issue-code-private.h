/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "aict-report.h"
#include "aict-error.h"

G_BEGIN_DECLS

/* The rules of the validator, one row per AictIssueCode (aict-issue-codes.c):
 * the stable code people and --json see, how serious breaking it is, and
 * the AictError a load with AictLoadOptions:validate fails with.  The
 * validator takes the code and the severity from here only; doc/validation.md
 * documents the same rows (tests/test-issue-codes.c checks both ways). */
typedef struct
{
  AictIssueCode code;
  const char *nick;
  AictSeverity severity;
  AictError error;
} AictIssueCodeInfo;

/* The row of @code; NULL for AICT_ISSUE_CODE_UNKNOWN or a value out of
 * range. */
const AictIssueCodeInfo *_aict_issue_code_get_info  (AictIssueCode  code);
/* Every row, in the order of the enumeration; *n_rows is set. */
const AictIssueCodeInfo *_aict_issue_code_get_table (guint         *n_rows);
/* The code whose nick is @nick, or AICT_ISSUE_CODE_UNKNOWN. */
AictIssueCode            _aict_issue_code_from_nick (const char    *nick);

G_END_DECLS
