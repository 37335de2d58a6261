/**
 * The pipeline's conductor: {@link org.idlibchronicle.pipeline.SiteBuild} runs the stages in the
 * order data flows (load, check, link, plan, render, index, write; each its own package), collects
 * their problems and reports the outcome. It is the one package that knows every stage; no stage
 * knows it ({@code LayersTest} states the order).
 */
package org.idlibchronicle.pipeline;
