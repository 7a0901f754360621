"""The annual cyberstat run as an Apache Airflow DAG (docs/scheduling.md).

Each year on 1 March at 06:00 UTC the run of the previous reference year is submitted to Spark
with SparkSubmitOperator. The reference year comes from the DAG run's logical date, never from the
clock, so a catch-up or a manual re-run of an old date computes the year that date stands for.
The run is recorded in cyberstat's run history like every other (`cyberstat runs`): the history
lives in the warehouse folder, which the driver sees.

Adjust the paths (CYBERSTAT_HOME, the warehouse on a shared POSIX mount) and the Spark connection.
"""
from __future__ import annotations

import glob
import os

import pendulum
from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

CYBERSTAT_HOME = os.environ.get("CYBERSTAT_HOME", "/opt/cyberstat")
WAREHOUSE = os.environ.get("CYBERSTAT_WAREHOUSE", "/shared/cyberstat/warehouse")
OUT = os.environ.get("CYBERSTAT_OUT", "/shared/cyberstat/out")

# The project's own dependencies (built with `mvn -B -DskipTests package`), not the Spark installation's.
JARS = ",".join(sorted(glob.glob(os.path.join(CYBERSTAT_HOME, "pipeline/target/lib/*.jar"))))

with DAG(
    dag_id="cyberstat_annual_run",
    description="The annual European cybercrime report of the previous reference year",
    schedule="0 6 1 3 *",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,  # one run at a time, as the service's own scheduler does
    tags=["cyberstat"],
) as dag:
    SparkSubmitOperator(
        task_id="annual_run",
        conn_id="spark_default",
        application=os.path.join(CYBERSTAT_HOME, "pipeline/target/cyberstat-pipeline.jar"),
        java_class="eu.cyberstat.cli.Main",
        jars=JARS,
        driver_java_options=f"-Dcyberstat.home={CYBERSTAT_HOME}",
        application_args=[
            "run",
            # The year before the logical date's year: the schedule's year, not the clock's.
            "--year", "{{ data_interval_end.year - 1 }}",
            "--warehouse", WAREHOUSE,
            "--out", OUT + "/{{ data_interval_end.year - 1 }}-{{ ts_nodash }}",
        ],
        retries=2,  # the run itself refuses bad data (exit 1/2); retries are for a lost executor
    )
