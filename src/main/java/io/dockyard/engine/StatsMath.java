package io.dockyard.engine;

import com.github.dockerjava.api.model.CpuStatsConfig;
import com.github.dockerjava.api.model.MemoryStatsConfig;
import com.github.dockerjava.api.model.Statistics;
import io.dockyard.model.StatsSample;

import java.time.Instant;

/** Computes what {@code docker stats} shows from the engine's raw counters. */
final class StatsMath {
    private StatsMath() {
    }

    /** A sample, or null when the engine sent nothing usable (a stopped container). */
    static StatsSample sample(Statistics s) {
        CpuStatsConfig cpu = s.getCpuStats();
        CpuStatsConfig pre = s.getPreCpuStats();
        MemoryStatsConfig memory = s.getMemoryStats();
        if (cpu == null || cpu.getCpuUsage() == null || memory == null) {
            return null;
        }
        Instant time = ModelMapper.timestamp(s.getRead());
        return new StatsSample(time == null ? Instant.now() : time, cpuPercent(cpu, pre), memoryInUse(memory),
                memory.getLimit() == null ? 0 : memory.getLimit());
    }

    static double cpuPercent(CpuStatsConfig cpu, CpuStatsConfig pre) {
        long total = nz(cpu.getCpuUsage().getTotalUsage());
        long preTotal = pre == null || pre.getCpuUsage() == null ? 0 : nz(pre.getCpuUsage().getTotalUsage());
        long system = nz(cpu.getSystemCpuUsage());
        long preSystem = pre == null ? 0 : nz(pre.getSystemCpuUsage());
        long cpus = cpu.getOnlineCpus() != null ? cpu.getOnlineCpus()
                : cpu.getCpuUsage().getPercpuUsage() == null ? 1 : cpu.getCpuUsage().getPercpuUsage().size();
        long cpuDelta = total - preTotal;
        long systemDelta = system - preSystem;
        if (cpuDelta <= 0 || systemDelta <= 0) {
            return 0;
        }
        return (double) cpuDelta / systemDelta * cpus * 100.0;
    }

    /** Usage without the page cache the kernel may drop, as the docker CLI counts it. */
    static long memoryInUse(MemoryStatsConfig memory) {
        long usage = nz(memory.getUsage());
        if (memory.getStats() == null) {
            return usage;
        }
        Long inactive = memory.getStats().getTotalInactiveFile() != null ? memory.getStats().getTotalInactiveFile()
                : memory.getStats().getInactiveFile();
        return inactive != null && inactive < usage ? usage - inactive : usage;
    }

    private static long nz(Long v) {
        return v == null ? 0 : v;
    }
}
