/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#define AICT_INSIDE
# include <aict/aict-version-macros.h>
# include <aict/aict-version.h>
# include <aict/aict-types.h>
# include <aict/aict-enum-types.h>
# include <aict/aict-error.h>
# include <aict/aict-labels.h>
# include <aict/aict-codelist.h>
# include <aict/aict-amount.h>
# include <aict/aict-partial-date.h>
# include <aict/aict-source-ref.h>
# include <aict/aict-records.h>
# include <aict/aict-entity.h>
# include <aict/aict-entity-json.h>
# include <aict/aict-source.h>
# include <aict/aict-actor.h>
# include <aict/aict-person.h>
# include <aict/aict-partnership.h>
# include <aict/aict-budget.h>
# include <aict/aict-agenda-item.h>
# include <aict/aict-contribution.h>
# include <aict/aict-outcome.h>
# include <aict/aict-meeting.h>
# include <aict/aict-load-options.h>
# include <aict/aict-report.h>
# include <aict/aict-dataset.h>
# include <aict/aict-filter.h>
# include <aict/aict-analysis.h>
# include <aict/aict-table.h>
# include <aict/aict-export.h>
# include <aict/aict-referrer.h>
# include <aict/aict-display.h>
# include <aict/aict-diff.h>
# include <aict/aict-merge.h>
# include <aict/aict-store.h>
# include <aict/aict-chart.h>
# include <aict/aict-dormancy.h>
# include <aict/aict-csv.h>
#undef AICT_INSIDE
