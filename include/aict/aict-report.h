/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-types.h>

G_BEGIN_DECLS

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
