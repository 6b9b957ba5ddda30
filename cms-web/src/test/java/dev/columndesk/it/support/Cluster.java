package dev.columndesk.it.support;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The settings that make {@code ./run.sh} instances on one machine members of one Payara Micro
 * cluster: a cluster name of their own (so that no other test's or person's instances join) and
 * TCP/IP discovery of each other's data grid ports on the loopback interface.
 */
public final class Cluster {

  private final String name;
  private final int[] gridPorts;

  private Cluster(String name, int[] gridPorts) {
    this.name = name;
    this.gridPorts = gridPorts;
  }

  /** A new cluster of {@code size} members, each with a free data grid port. */
  public static Cluster of(int size) throws IOException {
    int[] ports = new int[size];
    for (int i = 0; i < size; i++) {
      ports[i] = RunScript.freePort();
    }
    return new Cluster("cd-it-" + UUID.randomUUID().toString().substring(0, 8), ports);
  }

  /** The settings of member {@code index}, added to {@code settings}. */
  public Map<String, String> member(int index, Map<String, String> settings) {
    StringBuilder members = new StringBuilder();
    for (int port : gridPorts) {
      members.append(members.isEmpty() ? "" : ",").append("127.0.0.1:").append(port);
    }
    Map<String, String> member = new HashMap<>(settings);
    member.put("CMS_CLUSTER", "true");
    member.put("CMS_CLUSTER_NAME", name);
    member.put("CMS_CLUSTER_PORT", Integer.toString(gridPorts[index]));
    member.put("CMS_CLUSTER_MEMBERS", members.toString());
    member.put("CMS_INSTANCE_NAME", name + "-" + index);
    return member;
  }
}
