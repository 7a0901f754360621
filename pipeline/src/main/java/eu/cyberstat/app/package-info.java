/**
 * The application's use cases: one class per thing a user does (validate a file, submit it,
 * list submissions and deliveries, ingest alert exports, import the population, run the annual
 * run, run the demo), each taking a typed request and returning a typed result, and failing with
 * a {@link eu.cyberstat.failure.CyberstatException} whose kind a door turns into an exit status
 * or an HTTP status. The doors (the command line, the web service) parse, call one use case and
 * show its result; no rule lives in a door. Every use case works inside one {@link Application}.
 */
package eu.cyberstat.app;
