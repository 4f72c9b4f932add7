/**
 * The Spring Boot starter: add the dependency and a {@link dev.statuspolicy.catalog.Catalog}
 * bean, and every request under the catalog's base path is answered by the policy, ahead of
 * Spring MVC, its error page and the container. The data comes from a {@link
 * dev.statuspolicy.host.Backend} (or {@link dev.statuspolicy.servlet.ServletBackend}) bean, or,
 * without one, from the application's own controllers, whose body becomes the document and whose
 * {@link OutcomeException} becomes the outcome. See {@link StatusPolicyAutoConfiguration}.
 *
 * <p>The policy's settings are the {@code status-policy.*} properties ({@link
 * StatusPolicyProperties}) and {@link StatusPolicyCustomizer} beans. Tomcat refuses a request
 * head over 8 KiB with a 400 of its own, below the policy's 414 for a long target: set {@code
 * server.max-http-request-header-size=16KB} (or more) to let the policy answer it.
 *
 * <p>With Spring Security, the starter's filter runs right after Security's filter chain and
 * takes the credentials verdict from the authentication. Let the policy answer for the base
 * path: {@code permitAll()} it, and leave CSRF out of it (it serves GET and HEAD only, and
 * answers every other method 405).
 */
package dev.statuspolicy.spring;
