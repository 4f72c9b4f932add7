/**
 * The catalog: products, their versions and endpoints, with lifecycle, availability, access,
 * identification mode, coverage and parameter specs.
 */
package dev.statuspolicy.catalog;
