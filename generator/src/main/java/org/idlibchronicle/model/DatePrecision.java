package org.idlibchronicle.model;

/** How exactly a date is known: shown to readers as "27 February 2020" or "August 2019". */
public enum DatePrecision { DAY, MONTH }
