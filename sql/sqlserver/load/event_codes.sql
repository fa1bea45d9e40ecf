-- Codes of every known event (attendance rows are checked against them).
SELECT code FROM dim.event;
