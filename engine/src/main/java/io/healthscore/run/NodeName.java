package io.healthscore.run;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The name this process goes by in run records and in the scheduler cluster: host and process id. */
public final class NodeName {
    private NodeName() {
    }

    public static String local() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
