/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "aict-report.h"

G_BEGIN_DECLS

/* For producers of many issues (aict-export-iati.c): an issue built
 * without the property machinery, taking @path and @message; and a batch
 * append with one items-changed. */
AictIssue *_aict_issue_new_take (AictSeverity  severity,
                                 const char   *code,
                                 char         *path,
                                 const char   *object_id,
                                 char         *message);
void       _aict_report_add_all (AictReport   *self,
                                 GPtrArray    *issues);

G_END_DECLS
