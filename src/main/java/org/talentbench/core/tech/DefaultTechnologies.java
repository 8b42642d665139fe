package org.talentbench.core.tech;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The technology list a new institute starts from, seeded from the fields the seed article names for Jiangsu
 * (集成电路、高端装备、新材料; 未来网络、量子科技、区块链、基因技术; 人工智能; 生物医药) plus the strategy work on the
 * advanced-manufacturing clusters and industrial chains. Every entry takes effect on 1 January 2021, the first day
 * of the 14th Five-Year Plan that the article speaks of. Three entries — lithography, industrial software and privacy
 * computing — are typical "卡脖子" technologies that an institute may list before it has people on them.
 *
 * <p>Each technology carries matching terms in Chinese and English for {@link TagSuggester}: names of the
 * technology, of its typical objects (devices, materials, systems) and of the venues that publish mainly on it.
 * Terms are a starting point that the institute edits. Static data; thread-safe.
 */
public final class DefaultTechnologies {
    /** Effective date of every default entry. */
    public static final LocalDate EFFECTIVE = LocalDate.of(2021, 1, 1);
    /** Note recorded with every default entry. */
    public static final String NOTE = "默认清单（“十四五”重点领域）";

    private DefaultTechnologies() {
    }

    /** One default entry. */
    public record Entry(String code, String nameZh, String nameEn, String group, List<String> terms) {
    }

    private static final List<TechnologyGroup> GROUPS = List.of(
            new TechnologyGroup("integrated-circuits", "集成电路", "Integrated circuits", 10),
            new TechnologyGroup("advanced-materials", "新材料", "Advanced materials", 20),
            new TechnologyGroup("high-end-equipment", "高端装备", "High-end equipment", 30),
            new TechnologyGroup("future-networks", "未来网络", "Future networks", 40),
            new TechnologyGroup("blockchain", "区块链", "Blockchain", 50),
            new TechnologyGroup("quantum", "量子科技", "Quantum technology", 60),
            new TechnologyGroup("gene-technology", "基因技术", "Gene technology", 70),
            new TechnologyGroup("biomedicine", "生物医药", "Biomedicine", 80),
            new TechnologyGroup("artificial-intelligence", "人工智能", "Artificial intelligence", 90),
            new TechnologyGroup("industrial-strategy", "产业链与创新战略", "Industrial chains and innovation strategy", 100));

    private static final List<Entry> ENTRIES = List.of(
            // 集成电路
            e("ic-design", "集成电路设计", "IC design", "integrated-circuits",
                    "集成电路设计", "芯片设计", "模数转换器", "锁相环", "稳压器", "收发机", "处理器核", "片上网络", "存内计算",
                    "混合信号", "射频芯片", "integrated circuit design", "chip design", "ADC", "PLL", "LDO",
                    "transceiver", "RISC-V", "network-on-chip", "networks-on-chip", "compute-in-memory",
                    "mixed-signal", "Solid-State Circuits"),
            e("advanced-packaging", "先进封装", "Advanced packaging", "integrated-circuits",
                    "先进封装", "芯粒", "硅通孔", "混合键合", "晶圆级封装", "异构集成", "三维集成", "advanced packaging", "chiplet",
                    "through-silicon via", "TSV", "hybrid bonding", "wafer-level package", "fan-out",
                    "heterogeneous integration", "3D integration"),
            e("eda-tools", "EDA工具", "EDA tools", "integrated-circuits",
                    "EDA", "电子设计自动化", "形式化验证", "时序收敛", "寄生参数提取", "布局布线", "逻辑综合",
                    "electronic design automation", "formal verification", "timing closure", "parasitic extraction",
                    "placement and routing", "logic synthesis", "Design Automation", "ICCAD",
                    "Computer-Aided Design of Integrated Circuits"),
            e("power-semiconductors", "功率半导体", "Power semiconductors", "integrated-circuits",
                    "功率半导体", "碳化硅", "功率器件", "IGBT", "power semiconductor", "silicon carbide", "SiC",
                    "power device", "power electronics"),
            e("compound-semiconductors", "化合物半导体", "Compound semiconductors", "integrated-circuits",
                    "化合物半导体", "氮化镓", "砷化镓", "磷化铟", "高电子迁移率晶体管", "compound semiconductor",
                    "gallium nitride", "GaN", "GaAs", "InP", "HEMT"),
            e("lithography", "光刻技术", "Lithography", "integrated-circuits",
                    "光刻", "光刻胶", "极紫外", "lithography", "photoresist", "extreme ultraviolet", "EUV"),
            // 新材料
            e("advanced-alloys", "高性能合金", "High-performance alloys", "advanced-materials",
                    "高熵合金", "高温合金", "钛合金", "合金", "high-entropy alloy", "superalloy", "titanium alloy", "alloy",
                    "金属学报", "Acta Materialia"),
            e("carbon-fiber-composites", "碳纤维复合材料", "Carbon-fibre composites", "advanced-materials",
                    "碳纤维", "复合材料", "carbon fibre", "carbon fiber", "carbon-fibre-reinforced", "composite"),
            e("energy-storage-materials", "储能材料", "Energy-storage materials", "advanced-materials",
                    "储能", "固态电解质", "正极材料", "负极材料", "锂离子电池", "动力电池", "energy storage",
                    "solid-state electrolyte", "cathode", "anode", "lithium-ion", "battery", "batteries"),
            e("semiconductor-materials", "半导体材料", "Semiconductor materials", "advanced-materials",
                    "半导体材料", "钙钛矿", "二维过渡金属硫化物", "氮化铝", "外延", "semiconductor material", "perovskite",
                    "dichalcogenide", "aluminium nitride", "aluminum nitride", "epitaxy", "epitaxial"),
            e("nanomaterials", "纳米材料", "Nanomaterials", "advanced-materials",
                    "纳米材料", "石墨烯", "量子点", "纳米颗粒", "nanomaterial", "graphene", "quantum dot", "nanoparticle",
                    "Nano Research"),
            // 高端装备
            e("industrial-robots", "工业机器人", "Industrial robots", "high-end-equipment",
                    "机器人", "谐波减速器", "视觉伺服", "轨迹规划", "robot", "robotic", "robotics", "harmonic reducer",
                    "visual servoing", "trajectory planning"),
            e("cnc-machine-tools", "高端数控机床", "High-end CNC machine tools", "high-end-equipment",
                    "数控机床", "五轴", "电主轴", "热误差补偿", "机床", "CNC", "machine tool", "five-axis",
                    "motorised spindle", "motorized spindle", "thermal error compensation"),
            e("gas-turbines", "燃气轮机", "Gas turbines", "high-end-equipment",
                    "燃气轮机", "航空发动机", "涡轮叶片", "gas turbine", "aero-engine", "turbine blade"),
            e("precision-bearings", "精密轴承", "Precision bearings", "high-end-equipment",
                    "轴承", "bearing"),
            e("intelligent-manufacturing", "智能制造", "Intelligent manufacturing", "high-end-equipment",
                    "智能制造", "数字孪生", "智能工厂", "增材制造", "健康监测", "smart manufacturing",
                    "intelligent manufacturing", "digital twin", "smart factories", "smart factory",
                    "additive manufacturing", "health monitoring", "Computer-Integrated Manufacturing"),
            e("industrial-software", "工业软件", "Industrial software", "high-end-equipment",
                    "工业软件", "CAE", "有限元", "仿真软件", "拓扑优化", "industrial software", "finite element",
                    "simulation software", "topology optimisation", "topology optimization"),
            // 未来网络
            e("future-networks", "未来网络", "Future networks", "future-networks",
                    "未来网络", "软件定义网络", "网络功能虚拟化", "确定性网络", "可编程数据平面", "意图驱动网络", "数据中心网络",
                    "光传送网", "future network", "software-defined networking", "network function virtualisation",
                    "network function virtualization", "deterministic networking", "programmable data plane",
                    "intent-based networking", "network testbed", "data centre network", "data center network",
                    "optical transport", "SIGCOMM", "NSDI", "Transactions on Networking"),
            e("6g-communication", "6G通信", "6G communication", "future-networks",
                    "6G", "无线接入网", "智能超表面", "频谱效率", "卫星互联网", "毫米波", "radio access network",
                    "reconfigurable intelligent surface", "spectral efficiency", "satellite internet",
                    "millimetre-wave", "millimeter-wave", "Wireless Communications"),
            e("network-security", "网络安全", "Network security", "future-networks",
                    "网络安全", "零信任", "入侵检测", "安全网关", "network security", "cybersecurity", "zero-trust",
                    "intrusion detection", "security gateway"),
            e("industrial-internet", "工业互联网", "Industrial internet", "future-networks",
                    "工业互联网", "标识解析", "时间敏感网络", "工业控制", "边缘计算", "industrial internet",
                    "identifier resolution", "time-sensitive network", "industrial control", "edge computing",
                    "edge computation offloading"),
            // 区块链
            e("blockchain", "区块链", "Blockchain", "blockchain",
                    "区块链", "智能合约", "分布式账本", "blockchain", "smart contract", "distributed ledger"),
            e("privacy-computing", "隐私计算", "Privacy computing", "blockchain",
                    "隐私计算", "联邦学习", "多方安全计算", "同态加密", "隐私保护", "privacy computing",
                    "federated learning", "secure multi-party computation", "homomorphic encryption",
                    "privacy preservation", "privacy-preserving"),
            // 量子科技
            e("quantum-communication", "量子通信", "Quantum communication", "quantum",
                    "量子通信", "量子密钥分发", "诱骗态", "量子中继", "纠缠光源", "量子随机数", "成码率",
                    "quantum communication", "quantum key distribution", "QKD", "decoy-state", "quantum repeater",
                    "entangled photon source", "quantum network", "quantum random number", "secret key rate",
                    "Quantum Cryptography"),
            e("quantum-computing", "量子计算", "Quantum computing", "quantum",
                    "量子计算", "量子比特", "离子阱", "量子纠错", "变分量子", "量子存储", "quantum computing", "qubit",
                    "trapped ion", "quantum error-correcting", "quantum error correction", "variational quantum",
                    "quantum memories", "quantum memory"),
            e("quantum-sensing", "量子精密测量", "Quantum sensing and metrology", "quantum",
                    "精密测量", "原子钟", "冷原子", "色心", "量子传感", "重力测量", "磁成像", "quantum sensing",
                    "quantum metrology", "atomic clock", "lattice clock", "cold-atom", "nitrogen-vacancy",
                    "gravimetry", "magnetometry", "biomagnetic"),
            e("quantum-photonics", "量子光电子", "Quantum photonics", "quantum",
                    "光量子芯片", "单光子", "量子光学", "quantum photonics", "photonic quantum chip", "single-photon",
                    "quantum optics", "Nature Photonics", "Optica"),
            // 基因技术
            e("gene-technology", "基因技术", "Gene technology", "gene-technology",
                    "基因编辑", "基因治疗", "测序", "转录组", "基因组", "gene editing", "CRISPR", "gene therapy",
                    "sequencing", "transcriptomics", "genomics", "Nucleic Acids Research"),
            e("synthetic-biology", "合成生物学", "Synthetic biology", "gene-technology",
                    "合成生物学", "代谢工程", "生物合成", "synthetic biology", "metabolic engineering", "biosynthesis",
                    "生物工程学报"),
            e("cell-therapy", "细胞治疗", "Cell therapy", "gene-technology",
                    "细胞治疗", "CAR-T", "干细胞", "类器官", "cell therapy", "stem cell", "organoid"),
            // 生物医药
            e("innovative-drugs", "创新药物", "Innovative drugs", "biomedicine",
                    "创新药", "抗体偶联药物", "激酶抑制剂", "多肽药物", "mRNA疫苗", "溶瘤病毒", "药效评价", "耐药",
                    "drug discovery", "antibody-drug conjugate", "kinase inhibitor", "peptide drug", "mRNA vaccine",
                    "oncolytic", "drug resistance", "Medicinal Chemistry", "药学学报"),
            e("biomedical-devices", "高端医疗器械", "High-end medical devices", "biomedicine",
                    "医疗器械", "可降解支架", "植入", "医学影像", "medical device", "biodegradable scaffold", "implant",
                    "medical imaging", "Biomaterials"),
            // 人工智能
            e("ai-foundation-models", "人工智能基础大模型", "AI foundation models", "artificial-intelligence",
                    "大模型", "大语言模型", "预训练", "检索增强生成", "扩散模型", "知识蒸馏", "模型压缩", "代码生成",
                    "foundation model", "large language model", "pre-training", "retrieval-augmented generation",
                    "diffusion model", "knowledge distillation", "model compression", "code generation"),
            e("computer-vision", "计算机视觉", "Computer vision", "artificial-intelligence",
                    "计算机视觉", "目标检测", "语义分割", "点云", "图像识别", "computer vision", "object detection",
                    "object detector", "semantic segmentation", "point cloud", "image recognition", "CVPR",
                    "Pattern Recognition"),
            e("knowledge-graphs", "知识图谱", "Knowledge graphs", "artificial-intelligence",
                    "知识图谱", "图神经网络", "推荐系统", "knowledge graph", "graph neural network",
                    "recommender system", "Knowledge-Based Systems"),
            e("industrial-ai", "工业智能", "Industrial AI", "artificial-intelligence",
                    "工业智能", "缺陷识别", "故障诊断", "时序预测", "industrial AI", "defect recognition",
                    "fault diagnosis", "time-series forecasting"),
            e("trustworthy-ai", "可信人工智能", "Trustworthy AI", "artificial-intelligence",
                    "可信人工智能", "可解释性", "因果推断", "不确定性量化", "trustworthy AI", "interpretability",
                    "explainable", "causal inference", "uncertainty quantification"),
            // 产业链与创新战略
            e("industrial-chain-security", "产业链供应链安全", "Industrial and supply-chain security",
                    "industrial-strategy",
                    "产业链", "供应链", "自主可控", "卡脖子", "国产化替代", "产业基础再造", "supply chain",
                    "industrial chain", "self-reliance", "industrial foundation"),
            e("innovation-policy", "科技创新政策", "Innovation policy", "industrial-strategy",
                    "创新政策", "科技政策", "政策效果评估", "人才评价", "科技成果转化", "科技金融", "创新联合体", "新型研发机构",
                    "innovation policy", "science policy", "policy evaluation", "talent evaluation",
                    "technology transfer mechanism", "technology finance", "innovation consortia", "Research Policy",
                    "Science and Public Policy"),
            e("technology-foresight", "技术预测", "Technology foresight", "industrial-strategy",
                    "技术预测", "德尔菲", "情景分析", "专利计量", "关键核心技术清单", "technology foresight",
                    "technological forecasting", "Delphi", "scenario analysis", "patent analytics",
                    "key core technology list"),
            e("advanced-manufacturing-clusters", "先进制造业集群", "Advanced manufacturing clusters",
                    "industrial-strategy",
                    "先进制造业集群", "产业集群", "制造业高质量发展", "长三角", "manufacturing cluster",
                    "industrial cluster", "Yangtze River Delta", "manufacturing upgrading"));

    private static Entry e(String code, String zh, String en, String group, String... terms) {
        return new Entry(code, zh, en, group, List.of(terms));
    }

    public static List<TechnologyGroup> groups() {
        return GROUPS;
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** The ADD events of the default list, effective {@link #EFFECTIVE}, not yet stored (id 0). */
    public static List<TechEvent> events() {
        List<TechEvent> out = new ArrayList<>();
        for (Entry en : ENTRIES) {
            out.add(TechEvent.add(en.code(), EFFECTIVE, en.nameZh(), en.nameEn(), en.group(), NOTE));
        }
        return out;
    }

    /** Matching terms by code. */
    public static Map<String, List<String>> terms() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Entry en : ENTRIES) {
            m.put(en.code(), en.terms());
        }
        return m;
    }

    /** The whole default list. */
    public static TechnologyList list() {
        return TechnologyList.of(GROUPS, events(), terms());
    }
}
