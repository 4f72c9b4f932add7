/**
 * The decision table as data: row definitions with stable ids, the two phases, and the SPI with
 * which product teams add their own rows.
 */
package dev.statuspolicy.table;
