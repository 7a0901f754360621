-- The same job as `cyberstat ingest-alerts` + `cyberstat alert-metrics` on the benchmark's
-- DE-MELDESTELLE export, in DuckDB SQL: CSV -> normalised, pseudonymised, de-duplicated alerts
-- -> Parquet partitioned by platform and month -> the alert measures. Run by DuckDbAlerts.java;
-- ${...} are filled in by it. Differences from cyberstat (see docs/benchmarks.md): the
-- registered domain is approximated by a regular expression (DuckDB has no public suffix list),
-- and a duplicate alert id keeps an arbitrary record (DISTINCT ON) rather than the first.

-- phase: setup
SET threads = ${threads};
SET memory_limit = '${memory}';
SET preserve_insertion_order = false;
SET TimeZone = 'UTC';
CREATE TEMP TABLE categories(k VARCHAR, offence VARCHAR);
INSERT INTO categories VALUES ('fraud', 'COMP_FRAUD'), ('phishing', 'COMP_IDTHEFT'), ('csam', 'CONT_CSAM'),
  ('hate_speech', 'CONT_RACISM'), ('terrorism', 'CONT_TERROR'), ('hacking', 'CIA_ACCESS'), ('copyright', 'IP_COPYRIGHT'),
  ('privacy', 'OTHER_PRIVACY'), ('spam', 'OTHER_SPAM'), ('drugs', 'OTHER_TRAFFICKING'), ('other', 'OTHER_OTHER');
CREATE TEMP TABLE statuses(k VARCHAR, status VARCHAR);
INSERT INTO statuses VALUES ('forwarded_police', 'forwarded_le'), ('forwarded_host', 'forwarded_hosting'),
  ('removed', 'taken_down'), ('no_action', 'no_action'), ('duplicate', 'duplicate'), ('open', 'received');
CREATE TEMP TABLE offence_groups(code VARCHAR, parent VARCHAR);
INSERT INTO offence_groups VALUES ('COMP_FRAUD', 'COMP'), ('COMP_IDTHEFT', 'COMP'), ('CONT_CSAM', 'CONT'),
  ('CONT_RACISM', 'CONT'), ('CONT_TERROR', 'CONT'), ('CIA_ACCESS', 'CIA'), ('IP_COPYRIGHT', 'IP'),
  ('OTHER_PRIVACY', 'OTHER'), ('OTHER_SPAM', 'OTHER'), ('OTHER_TRAFFICKING', 'OTHER'), ('OTHER_OTHER', 'OTHER');

-- phase: ingest
COPY (
  WITH raw AS (
    SELECT * FROM read_csv('${input}', header = true, delim = ',', quote = '"', escape = '"', auto_detect = false,
      columns = {'meldung_id': 'VARCHAR', 'eingang': 'VARCHAR', 'kategorie': 'VARCHAR', 'url': 'VARCHAR',
                 'hoster_land': 'VARCHAR', 'status': 'VARCHAR', 'abschluss': 'VARCHAR',
                 'melder_email': 'VARCHAR', 'melder_telefon': 'VARCHAR'},
      store_rejects = true)
  ), parsed AS (
    SELECT trim(meldung_id) AS alert_id,
           TRY_CAST(eingang AS TIMESTAMPTZ) AS received_at,
           TRY_CAST(NULLIF(trim(abschluss), '') AS TIMESTAMPTZ) AS closed_at,
           c.offence, s.status,
           CASE upper(trim(hoster_land)) WHEN '' THEN NULL WHEN 'GR' THEN 'EL' WHEN 'GB' THEN 'UK'
             ELSE upper(trim(hoster_land)) END AS hosting_country,
           NULLIF(trim(url), '') AS url
    FROM raw LEFT JOIN categories c ON c.k = raw.kategorie LEFT JOIN statuses s ON s.k = raw.status
  ), accepted AS (
    SELECT *,
      lower(regexp_extract(url, '^(?:[a-zA-Z][a-zA-Z0-9+.-]*://)?(?:[^/?#@]*@)?([^/?#:]*)', 1)) AS host,
      coalesce(NULLIF(lower(regexp_extract(url, '^([a-zA-Z][a-zA-Z0-9+.-]*)://', 1)), ''), 'http') AS scheme,
      regexp_extract(url, '^(?:[a-zA-Z][a-zA-Z0-9+.-]*://)?(?:[^/?#@]*@)?[^/?#:]*([^#]*)', 1) AS rest
    FROM parsed
    WHERE alert_id <> '' AND received_at IS NOT NULL AND offence IS NOT NULL AND status IS NOT NULL
      AND (closed_at IS NULL OR closed_at >= received_at)
  )
  SELECT DISTINCT ON (alert_id)
    'DE-MELDESTELLE' AS platform,
    strftime(timezone('Europe/Berlin', received_at), '%Y-%m') AS month,
    alert_id, received_at, closed_at, offence, status, hosting_country,
    CASE WHEN url IS NULL THEN NULL
         WHEN regexp_matches(host, '\.(co|com|org|net|ac|gov|edu)\.[a-z]{2}$') THEN regexp_extract(host, '([^.]+\.[^.]+\.[^.]+)$', 1)
         ELSE regexp_extract(host, '([^.]+\.[^.]+)$', 1) END AS url_domain,
    CASE WHEN url IS NULL THEN NULL ELSE
      unhex(sha256(unhex('${opad}') || unhex(sha256(unhex('${ipad}') || encode(scheme || '://' || host || rest)))))
    END AS url_hmac
  FROM accepted
) TO '${out}' (FORMAT parquet, PARTITION_BY (platform, month), OVERWRITE_OR_IGNORE);

-- phase: metrics
CREATE TEMP VIEW a AS
  SELECT *, CAST(substr(month, 1, 4) AS INTEGER) AS year, CAST(substr(month, 6, 2) AS INTEGER) AS m
  FROM read_parquet('${out}/**/*.parquet', hive_partitioning = true)
  WHERE month BETWEEN '${previous}-01' AND '${year}-12';
CREATE TEMP TABLE counts AS
  SELECT year, m, platform, offence, coalesce(hosting_country, 'UNK') AS country,
         count(*) AS n, count(*) FILTER (WHERE status = 'forwarded_le') AS fle
  FROM a GROUP BY ALL;
CREATE TEMP TABLE by_offence AS
  SELECT year, m, platform, offence, country, n, fle FROM counts
  UNION ALL SELECT year, m, platform, g.parent, country, n, fle FROM counts JOIN offence_groups g ON g.code = counts.offence;
CREATE TEMP TABLE volumes AS
  SELECT year, coalesce(m, 0) AS m, coalesce(platform, '') AS platform, coalesce(offence, '') AS offence, '' AS country,
         sum(n) AS n, sum(fle) AS fle
  FROM by_offence GROUP BY GROUPING SETS ((year, m, platform, offence), (year, platform, offence), (year, m, offence), (year, offence))
  UNION ALL
  SELECT year, coalesce(m, 0), coalesce(platform, ''), '', '', sum(n), sum(fle)
  FROM counts GROUP BY GROUPING SETS ((year, m, platform), (year, platform), (year, m), (year))
  UNION ALL
  SELECT year, 0, coalesce(platform, ''), '', country, sum(n), sum(fle)
  FROM counts GROUP BY GROUPING SETS ((year, platform, country), (year, country));
CREATE TEMP TABLE figures AS
  SELECT 'VOLUME' AS measure, year, m, platform, offence, country, n::DOUBLE AS value FROM volumes WHERE year = ${year}
  UNION ALL SELECT 'SHARE_FORWARDED_LE', year, m, platform, offence, country, 100.0 * fle / n FROM volumes WHERE year = ${year}
  UNION ALL SELECT 'YOY_PCT', c.year, c.m, c.platform, c.offence, c.country, 100.0 * (c.n - p.n) / p.n
    FROM volumes c JOIN volumes p ON p.year = c.year - 1 AND p.m = c.m AND p.platform = c.platform
      AND p.offence = c.offence AND p.country = c.country
    WHERE c.year = ${year}
  UNION ALL SELECT 'HOSTING_RANK', year, 0, platform, '', country, rank
    FROM (SELECT *, row_number() OVER (PARTITION BY platform ORDER BY n DESC, country) AS rank
          FROM volumes WHERE year = ${year} AND country NOT IN ('', 'UNK')) WHERE rank <= 10;
CREATE TEMP TABLE handling AS
  SELECT platform, offence, m, floor(epoch(closed_at - received_at) / 60) AS minutes
  FROM a WHERE year = ${year} AND closed_at IS NOT NULL;
INSERT INTO figures
  SELECT 'HANDLING_P50_P90', ${year}, coalesce(m, 0), coalesce(platform, ''), coalesce(offence, ''), '',
         list_extract(q, 1) / 60 + list_extract(q, 2) / 60 * 0
  FROM (SELECT platform, offence, m, quantile_cont(minutes, [0.5, 0.9]) AS q FROM (
          SELECT platform, offence, m, minutes FROM handling
          UNION ALL SELECT platform, g.parent, m, minutes FROM handling JOIN offence_groups g ON g.code = handling.offence)
        GROUP BY GROUPING SETS ((platform, offence, m), (platform, offence), (offence, m), (offence)))
  UNION ALL
  SELECT 'HANDLING_P50_P90', ${year}, coalesce(m, 0), coalesce(platform, ''), '', '', list_extract(q, 1) / 60
  FROM (SELECT platform, m, quantile_cont(minutes, [0.5, 0.9]) AS q FROM handling
        GROUP BY GROUPING SETS ((platform, m), (platform), (m), ()));
INSERT INTO figures
  SELECT 'DUPLICATE_RATE', ${year}, 0, coalesce(platform, ''), '', '', 100.0 * (sum(n) - sum(d)) / sum(n)
  FROM (SELECT platform, count(*) AS n, count(DISTINCT url_hmac) AS d FROM a
        WHERE year = ${year} AND url_hmac IS NOT NULL GROUP BY platform)
  GROUP BY GROUPING SETS ((platform), ());
COPY (SELECT * FROM figures ORDER BY ALL) TO '${figures}' (HEADER, DELIMITER ',');
