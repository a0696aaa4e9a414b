package io.healthscore;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The name this process goes by in run records and in the scheduler cluster: host and process id. */
public final class NodeName {
    private NodeName() {
    }

    public static String local() {
        return host() + "-" + ProcessHandle.current().pid();
    }

    /** This machine's name: what every process on it shares (a local file is named by it in the store). */
    public static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
