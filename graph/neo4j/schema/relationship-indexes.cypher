// The loader replaces a changed document's edges by their `source`. Edges leaving the document are found
// from its node; these three run between other nodes (a conference and a place, a group and a document)
// and hub nodes hold thousands of them, so they are found by index instead of by walking the hub.
CREATE INDEX held_in_source IF NOT EXISTS FOR ()-[r:HELD_IN]-() ON (r.source);
CREATE INDEX established_by_source IF NOT EXISTS FOR ()-[r:ESTABLISHED_BY]-() ON (r.source);
CREATE INDEX reported_in_source IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.source);
