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
 * takes the credentials verdict from the authentication ({@code SCOPE_x} authorities grant
 * scope {@code x}). Let the policy answer for the base path: {@code permitAll()} it, leave it
 * out of CSRF (the policy serves GET and HEAD only, and answers every other method 405), and, for
 * TRACE and unknown methods to get that 405 rather than a 400 from Security's firewall, give
 * {@code web.httpFirewall(..)} a {@code StrictHttpFirewall} with {@code
 * setUnsafeAllowAnyHttpMethod(true)}. The headers Security adds when a response commits ({@code
 * Cache-Control}, {@code X-Frame-Options} ...) are not added to the policy's answers, which
 * name their own; headers written eagerly, before the starter's filter, stay.
 */
package dev.statuspolicy.spring;
