package dev.columndesk.it;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.ColumnsApi;
import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test shares: the war that {@code mvn package} built, exactly
 * as it ships, plus the in-container test classes. Payara Micro starts once for the whole suite.
 */
@ArquillianSuiteDeployment
public final class Deployments {

  private Deployments() {}

  @Deployment
  public static WebArchive columnDesk() {
    File war = new File(System.getProperty("cms.war", "target/cms-web.war"));
    return ShrinkWrap.create(ZipImporter.class, "cms-web.war")
        .importFrom(war)
        .as(WebArchive.class)
        .addPackage("dev.columndesk.it.container")
        // The HTTP clients of the API tests, for in-container tests that also speak HTTP.
        .addClasses(Api.class, Api.Answer.class, ColumnsApi.class);
  }
}
