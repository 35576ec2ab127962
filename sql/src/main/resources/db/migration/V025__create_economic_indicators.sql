-- Economic series the market page lays over local prices (e.g. the 30-year mortgage rate), one value per series
-- and month. Like market_sales they are public figures, not a brokerage's own data, so no location owns them.
-- A series is re-imported by month: a newer figure for the same month (a revision) replaces the stored one.
create table economic_indicators (
    id           bigint generated always as identity primary key,
    series       text          not null check (length(series) between 1 and 80),
    period_month date          not null check (extract(day from period_month) = 1),
    value        numeric(14, 4) not null,
    unit         text          not null default 'number' check (unit in ('percent', 'number', 'money', 'index')),
    source       text,
    imported_at  timestamptz   not null default now(),
    unique (series, period_month)
);

-- The market page reads every series of a period's months.
create index economic_indicators_month_idx on economic_indicators (period_month);
