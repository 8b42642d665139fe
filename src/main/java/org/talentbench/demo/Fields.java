package org.talentbench.demo;

import java.util.List;
import org.talentbench.core.researcher.Department;

/**
 * The departments of the demo institute, one per field the seed article names for Jiangsu (集成电路、新材料、人工智能、
 * 生物医药、高端装备、未来网络、量子科技, plus a strategy centre for the 13 advanced-manufacturing clusters), each
 * with its GB/T 13745 first-level disciplines, key-core-technology tags, title vocabulary, outlets, standard
 * prefixes and learned societies. Static, immutable data; thread-safe.
 */
final class Fields {
    private Fields() {
    }

    /** Methods, objects of study, goals and application scenarios that titles are assembled from. */
    record Vocab(String[] methods, String[] objects, String[] goals, String[] apps) {
    }

    /**
     * @param weight          share of the institute's staff
     * @param categoryTilt    multipliers of the institute-wide BASIC, APPLIED, PUBLIC_WELFARE, NATIONAL_MAJOR_TASK shares
     * @param nsfcDivision    first digit of NSFC grant numbers for this field (1 数理 … 8 医学)
     */
    record Field(String code, String nameZh, String nameEn, double weight,
                 String[] disciplines, double[] disciplineWeights,
                 String[] techTags, String[] techTagsZh, double[] categoryTilt,
                 Vocab zh, Vocab en,
                 Venue[] domesticJournals, Venue[] internationalJournals, Venue[] conferences,
                 String industryStandardPrefix, String groupStandardPrefix, String[] societies,
                 String[] companyIndustries, char nsfcDivision) {

        Department department() {
            return new Department(code, nameZh, nameEn);
        }

        String techTagZh(String tag) {
            for (int i = 0; i < techTags.length; i++) {
                if (techTags[i].equals(tag)) {
                    return techTagsZh[i];
                }
            }
            return nameZh;
        }
    }

    private static String[] a(String... values) {
        return values;
    }

    private static double[] d(double... values) {
        return values;
    }

    private static Venue[] v(Venue... values) {
        return values;
    }

    private static Venue zh(String name, String doi, int tier) {
        return Venue.domesticZh(name, doi, tier);
    }

    private static Venue cnEn(String name, String doi, int tier) {
        return Venue.domesticEn(name, doi, tier);
    }

    private static Venue intl(String name, String doi, int tier) {
        return Venue.international(name, doi, tier);
    }

    static final Field IC = new Field("IC", "集成电路研究所", "Institute of Integrated Circuits", 0.16,
            a("电子与通信技术", "物理学", "计算机科学技术", "材料科学"), d(0.6, 0.15, 0.15, 0.1),
            a("ic-design", "advanced-packaging", "eda-tools", "power-semiconductors", "compound-semiconductors"),
            a("集成电路设计", "先进封装", "EDA工具", "功率半导体", "化合物半导体"),
            d(0.8, 1.3, 0.4, 1.3),
            new Vocab(
                    a("存内计算", "数字后台校准", "时间交织", "异构集成", "近似计算", "机器学习辅助", "自适应偏置", "混合键合",
                            "形式化验证", "动态电压频率调节"),
                    a("逐次逼近型模数转换器", "小数分频锁相环", "片上网络", "硅通孔互连结构", "氮化镓高电子迁移率晶体管", "碳化硅MOSFET",
                            "低压差线性稳压器", "SRAM存内计算宏单元", "RISC-V处理器核", "毫米波收发机", "芯粒互连接口", "扇出型晶圆级封装"),
                    a("能效优化", "噪声抑制", "可靠性评估", "热管理", "良率提升", "时序收敛", "失配校准", "寄生参数提取"),
                    a("边缘智能终端", "新能源汽车", "5G基站", "数据中心", "物联网节点", "高性能计算")),
            new Vocab(
                    a("compute-in-memory", "digital background calibration", "time interleaving", "heterogeneous integration",
                            "approximate computing", "machine-learning-assisted design", "adaptive biasing", "hybrid bonding",
                            "formal verification", "dynamic voltage and frequency scaling"),
                    a("SAR ADCs", "fractional-N PLLs", "networks-on-chip", "through-silicon vias", "GaN HEMTs", "SiC MOSFETs",
                            "LDO regulators", "SRAM compute-in-memory macros", "RISC-V cores", "millimetre-wave transceivers",
                            "chiplet interconnects", "fan-out wafer-level packages"),
                    a("energy efficiency", "noise suppression", "reliability", "thermal management", "yield", "timing closure",
                            "mismatch calibration", "parasitic extraction"),
                    a("edge AI devices", "electric vehicles", "5G base stations", "data centres", "IoT nodes",
                            "high-performance computing")),
            v(zh("电子学报", "10.12263/DZXB.{y}{s}", 1), zh("微电子学", null, 1),
                    zh("固体电子学研究与进展", null, 1), zh("中国科学：信息科学", "10.1360/SSI-{y}-{s}", 2),
                    cnEn("Journal of Semiconductors", "10.1088/1674-4926/{y}/{s}", 2),
                    cnEn("Science China Information Sciences", "10.1007/s11432-0{yy}-{s}-x", 2)),
            v(intl("IEEE Journal of Solid-State Circuits", "10.1109/JSSC.{y}.{s}", 3),
                    intl("IEEE Transactions on Electron Devices", "10.1109/TED.{y}.{s}", 2),
                    intl("IEEE Electron Device Letters", "10.1109/LED.{y}.{s}", 2),
                    intl("IEEE Transactions on Circuits and Systems I: Regular Papers", "10.1109/TCSI.{y}.{s}", 2),
                    intl("IEEE Transactions on Computer-Aided Design of Integrated Circuits and Systems", "10.1109/TCAD.{y}.{s}", 2),
                    intl("Nature Electronics", "10.1038/s41928-0{yy}-{s}-x", 3)),
            v(intl("IEEE International Solid-State Circuits Conference (ISSCC)", "10.1109/ISSCC{y}.{s}", 3),
                    intl("ACM/IEEE Design Automation Conference (DAC)", "10.1109/DAC{y}.{s}", 2),
                    intl("IEEE/ACM International Conference on Computer-Aided Design (ICCAD)", "10.1109/ICCAD{y}.{s}", 2),
                    intl("IEEE International Electron Devices Meeting (IEDM)", "10.1109/IEDM{y}.{s}", 3),
                    intl("Asia and South Pacific Design Automation Conference (ASP-DAC)", "10.1145/{s}.{y}", 1)),
            "SJ/T", "T/CESA",
            a("中国半导体行业协会集成电路设计分会", "全国集成电路标准化技术委员会", "中国电子学会电路与系统分会"),
            a("半导体", "微电子", "集成电路"), '6');

    static final Field MAT = new Field("MAT", "新材料研究所", "Institute of Advanced Materials", 0.15,
            a("材料科学", "化学", "物理学", "化学工程"), d(0.6, 0.2, 0.1, 0.1),
            a("advanced-alloys", "carbon-fiber-composites", "energy-storage-materials", "semiconductor-materials", "nanomaterials"),
            a("高性能合金", "碳纤维复合材料", "储能材料", "半导体材料", "纳米材料"),
            d(1.0, 1.1, 0.6, 1.0),
            new Vocab(
                    a("原位表征", "第一性原理计算", "高通量筛选", "机器学习辅助设计", "增材制造", "溶胶-凝胶法", "化学气相沉积",
                            "界面工程", "缺陷调控", "热等静压"),
                    a("高熵合金", "碳纤维增强复合材料", "钙钛矿薄膜", "固态电解质", "高镍正极材料", "二维过渡金属硫化物", "氮化铝陶瓷",
                            "石墨烯导热膜", "镍基高温合金", "光刻胶树脂"),
                    a("力学性能", "界面稳定性", "热导率提升", "循环寿命", "耐腐蚀性能", "相变行为", "缺陷演化", "服役可靠性"),
                    a("航空发动机", "动力电池", "柔性电子", "集成电路制造", "海洋工程", "光伏组件")),
            new Vocab(
                    a("in situ characterisation", "first-principles calculation", "high-throughput screening",
                            "machine-learning-guided design", "additive manufacturing", "sol-gel processing",
                            "chemical vapour deposition", "interface engineering", "defect engineering", "hot isostatic pressing"),
                    a("high-entropy alloys", "carbon-fibre-reinforced composites", "perovskite films", "solid-state electrolytes",
                            "Ni-rich cathodes", "two-dimensional transition-metal dichalcogenides", "aluminium nitride ceramics",
                            "graphene thermal films", "nickel-based superalloys", "photoresist resins"),
                    a("mechanical properties", "interfacial stability", "thermal conductivity", "cycle life",
                            "corrosion resistance", "phase transformation", "defect evolution", "service reliability"),
                    a("aero-engines", "power batteries", "flexible electronics", "semiconductor manufacturing",
                            "marine engineering", "photovoltaic modules")),
            v(zh("材料导报", "10.11896/cldb.{yy}{s}", 1), zh("无机材料学报", "10.15541/jim{y}{s}", 2),
                    zh("金属学报", "10.11900/0412.1961.{y}.{s}", 2), zh("复合材料学报", "10.13801/j.cnki.fhclxb.{y}{s}", 1),
                    zh("材料研究学报", "10.11901/1005.3093.{y}.{s}", 1),
                    cnEn("Nano Research", "10.1007/s12274-0{yy}-{s}-x", 2)),
            v(intl("Advanced Materials", "10.1002/adma.{y}{s}", 3),
                    intl("Acta Materialia", "10.1016/j.actamat.{y}.{s}", 2),
                    intl("Journal of Materials Chemistry A", "10.1039/D{yy}TA{s}", 2),
                    intl("ACS Applied Materials & Interfaces", "10.1021/acsami.{yy}c{s}", 2),
                    intl("Composites Part B: Engineering", "10.1016/j.compositesb.{y}.{s}", 2),
                    intl("Nature Materials", "10.1038/s41563-0{yy}-{s}-x", 3)),
            v(intl("MRS Fall Meeting", null, 1), zh("中国材料大会", null, 1),
                    intl("TMS Annual Meeting & Exhibition", "10.1007/978-3-031-{s}_{y}", 1)),
            "HG/T", "T/CSTM",
            a("中国材料研究学会", "全国纳米技术标准化技术委员会", "中国复合材料学会"),
            a("新材料", "材料科技", "新能源材料"), '5');

    static final Field AI = new Field("AI", "人工智能研究所", "Institute of Artificial Intelligence", 0.15,
            a("计算机科学技术", "信息科学与系统科学", "数学"), d(0.7, 0.2, 0.1),
            a("ai-foundation-models", "computer-vision", "knowledge-graphs", "industrial-ai", "trustworthy-ai"),
            a("人工智能基础大模型", "计算机视觉", "知识图谱", "工业智能", "可信人工智能"),
            d(1.0, 1.1, 0.8, 0.8),
            new Vocab(
                    a("大语言模型", "对比学习", "图神经网络", "联邦学习", "知识蒸馏", "扩散模型", "多模态预训练", "因果推断", "强化学习",
                            "检索增强生成"),
                    a("视觉目标检测", "工业缺陷识别", "知识图谱补全", "时序预测模型", "多智能体系统", "语义分割网络", "代码生成模型",
                            "推荐系统", "点云配准", "对话系统"),
                    a("鲁棒性提升", "可解释性分析", "推理加速", "小样本泛化", "隐私保护", "模型压缩", "长尾识别", "不确定性量化"),
                    a("智能制造", "自动驾驶", "智慧医疗", "智慧城市", "金融风控", "政务服务")),
            new Vocab(
                    a("large language models", "contrastive learning", "graph neural networks", "federated learning",
                            "knowledge distillation", "diffusion models", "multimodal pre-training", "causal inference",
                            "reinforcement learning", "retrieval-augmented generation"),
                    a("object detectors", "industrial defect recognition", "knowledge graph completion",
                            "time-series forecasting", "multi-agent systems", "semantic segmentation networks",
                            "code generation models", "recommender systems", "point cloud registration", "dialogue systems"),
                    a("robustness", "interpretability", "inference acceleration", "few-shot generalisation",
                            "privacy preservation", "model compression", "long-tailed recognition", "uncertainty quantification"),
                    a("smart manufacturing", "autonomous driving", "digital health", "smart cities", "financial risk control",
                            "e-government")),
            v(zh("计算机学报", "10.11897/SP.J.1016.{y}.{s}", 2), zh("软件学报", "10.13328/j.cnki.jos.{s}", 2),
                    zh("自动化学报", "10.16383/j.aas.c{yy}{s}", 2), zh("计算机研究与发展", "10.7544/issn1000-1239.{y}{s}", 2),
                    zh("中国科学：信息科学", "10.1360/SSI-{y}-{s}", 2),
                    cnEn("Science China Information Sciences", "10.1007/s11432-0{yy}-{s}-x", 2)),
            v(intl("IEEE Transactions on Pattern Analysis and Machine Intelligence", "10.1109/TPAMI.{y}.{s}", 3),
                    intl("Pattern Recognition", "10.1016/j.patcog.{y}.{s}", 2),
                    intl("Neural Networks", "10.1016/j.neunet.{y}.{s}", 2),
                    intl("IEEE Transactions on Neural Networks and Learning Systems", "10.1109/TNNLS.{y}.{s}", 2),
                    intl("Artificial Intelligence", "10.1016/j.artint.{y}.{s}", 2),
                    intl("Knowledge-Based Systems", "10.1016/j.knosys.{y}.{s}", 1)),
            v(intl("IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", null, 3),
                    intl("Conference on Neural Information Processing Systems (NeurIPS)", null, 3),
                    intl("International Conference on Machine Learning (ICML)", null, 3),
                    intl("AAAI Conference on Artificial Intelligence", "10.1609/aaai.v{v}i1.{s}", 2).withVolumeBase(1986),
                    intl("International Joint Conference on Artificial Intelligence (IJCAI)", "10.24963/ijcai.{y}/{s}", 2),
                    intl("Annual Meeting of the Association for Computational Linguistics (ACL)", "10.18653/v1/{y}.acl-long.{s}", 3)),
            "SJ/T", "T/CESA",
            a("中国人工智能学会", "中国计算机学会人工智能与模式识别专业委员会", "全国信息技术标准化技术委员会人工智能分技术委员会"),
            a("智能科技", "信息技术", "数据科技"), '6');

    static final Field BIO = new Field("BIO", "生物医药研究所", "Institute of Biomedicine", 0.13,
            a("生物学", "药学", "基础医学", "化学"), d(0.45, 0.3, 0.15, 0.1),
            a("gene-technology", "innovative-drugs", "biomedical-devices", "synthetic-biology", "cell-therapy"),
            a("基因技术", "创新药物", "高端医疗器械", "合成生物学", "细胞治疗"),
            d(1.2, 1.0, 1.2, 0.6),
            new Vocab(
                    a("单细胞测序", "CRISPR基因编辑", "冷冻电镜", "类器官模型", "高通量筛选", "分子动力学模拟", "合成生物学", "蛋白质组学",
                            "脂质纳米颗粒递送", "空间转录组"),
                    a("抗体偶联药物", "mRNA疫苗", "CAR-T细胞", "小分子激酶抑制剂", "肿瘤微环境", "肠道菌群", "溶瘤病毒", "基因治疗载体",
                            "多肽药物", "生物可降解支架"),
                    a("靶点发现", "作用机制", "药效评价", "耐药机制", "安全性评价", "递送效率", "免疫调节", "生物标志物筛选"),
                    a("肿瘤治疗", "神经退行性疾病", "代谢性疾病", "感染性疾病", "罕见病", "精准医疗")),
            new Vocab(
                    a("single-cell sequencing", "CRISPR gene editing", "cryo-electron microscopy", "organoid models",
                            "high-throughput screening", "molecular dynamics simulation", "synthetic biology", "proteomics",
                            "lipid nanoparticle delivery", "spatial transcriptomics"),
                    a("antibody-drug conjugates", "mRNA vaccines", "CAR-T cells", "small-molecule kinase inhibitors",
                            "the tumour microenvironment", "the gut microbiota", "oncolytic viruses", "gene therapy vectors",
                            "peptide drugs", "biodegradable scaffolds"),
                    a("target discovery", "mechanism of action", "efficacy evaluation", "drug resistance", "safety assessment",
                            "delivery efficiency", "immunomodulation", "biomarker discovery"),
                    a("cancer therapy", "neurodegenerative disease", "metabolic disease", "infectious disease", "rare diseases",
                            "precision medicine")),
            v(zh("药学学报", "10.16438/j.0513-4870.{y}-{s}", 2), zh("生物工程学报", "10.13345/j.cjb.{yy}{s}", 1),
                    zh("中国药理学通报", null, 1), zh("中国科学：生命科学", "10.1360/SSV-{y}-{s}", 2),
                    zh("生物化学与生物物理进展", "10.16476/j.pibb.{y}.{s}", 1),
                    cnEn("Acta Pharmaceutica Sinica B", "10.1016/j.apsb.{y}.{s}", 3)),
            v(intl("Nature Communications", "10.1038/s41467-0{yy}-{s}-x", 3),
                    intl("Journal of Medicinal Chemistry", "10.1021/acs.jmedchem.{yy}c{s}", 2),
                    intl("Cell Reports", "10.1016/j.celrep.{y}.{s}", 2),
                    intl("Nucleic Acids Research", "10.1093/nar/gkad{s}", 3),
                    intl("Biomaterials", "10.1016/j.biomaterials.{y}.{s}", 2),
                    intl("Journal of Controlled Release", "10.1016/j.jconrel.{y}.{s}", 2)),
            v(intl("AACR Annual Meeting", "10.1158/1538-7445.AM{y}-{s}", 1), zh("中国药学大会", null, 1)),
            "YY/T", "T/CPHARMA",
            a("中国药学会", "中国生物工程学会", "江苏省药学会"),
            a("生物医药", "医药科技", "生物技术"), '3');

    static final Field EQP = new Field("EQP", "高端装备研究所", "Institute of High-end Equipment", 0.13,
            a("机械工程", "动力与电气工程", "力学", "航空、航天科学技术"), d(0.6, 0.2, 0.1, 0.1),
            a("industrial-robots", "cnc-machine-tools", "gas-turbines", "precision-bearings", "intelligent-manufacturing"),
            a("工业机器人", "高端数控机床", "燃气轮机", "精密轴承", "智能制造"),
            d(0.6, 1.4, 0.5, 1.4),
            new Vocab(
                    a("数字孪生", "模型预测控制", "拓扑优化", "有限元分析", "振动信号分析", "自适应鲁棒控制", "多目标优化", "视觉伺服",
                            "激光增材制造", "深度学习故障诊断"),
                    a("五轴数控机床", "协作机器人关节", "重型燃气轮机叶片", "精密滚动轴承", "谐波减速器", "液压伺服系统", "工业机器人",
                            "航空发动机机匣", "高速电主轴", "盾构机刀盘"),
                    a("动态精度", "寿命预测", "振动抑制", "热误差补偿", "轨迹规划", "健康监测", "轻量化设计", "能耗优化"),
                    a("航空航天制造", "新能源汽车装配", "轨道交通", "船舶制造", "智能工厂", "能源装备")),
            new Vocab(
                    a("digital twins", "model predictive control", "topology optimisation", "finite element analysis",
                            "vibration signal analysis", "adaptive robust control", "multi-objective optimisation",
                            "visual servoing", "laser additive manufacturing", "deep-learning fault diagnosis"),
                    a("five-axis CNC machine tools", "collaborative robot joints", "heavy-duty gas turbine blades",
                            "precision rolling bearings", "harmonic reducers", "hydraulic servo systems", "industrial robots",
                            "aero-engine casings", "high-speed motorised spindles", "tunnel boring machine cutterheads"),
                    a("dynamic accuracy", "remaining-life prediction", "vibration suppression", "thermal error compensation",
                            "trajectory planning", "health monitoring", "lightweight design", "energy optimisation"),
                    a("aerospace manufacturing", "electric-vehicle assembly", "rail transit", "shipbuilding", "smart factories",
                            "energy equipment")),
            v(zh("机械工程学报", "10.3901/JME.{y}.{s}", 2), zh("中国机械工程", "10.3969/j.issn.1004-132X.{y}.{s}", 1),
                    zh("航空学报", "10.7527/S1000-6893.{y}.{s}", 2), zh("仪器仪表学报", "10.19650/j.cnki.cjsi.J{yy}{s}", 1),
                    zh("力学学报", "10.6052/0459-1879-{yy}-{s}", 2),
                    cnEn("Chinese Journal of Mechanical Engineering", "10.1186/s10033-0{yy}-{s}-x", 2)),
            v(intl("International Journal of Machine Tools and Manufacture", "10.1016/j.ijmachtools.{y}.{s}", 3),
                    intl("Mechanical Systems and Signal Processing", "10.1016/j.ymssp.{y}.{s}", 2),
                    intl("Journal of Manufacturing Processes", "10.1016/j.jmapro.{y}.{s}", 1),
                    intl("Robotics and Computer-Integrated Manufacturing", "10.1016/j.rcim.{y}.{s}", 2),
                    intl("IEEE/ASME Transactions on Mechatronics", "10.1109/TMECH.{y}.{s}", 2)),
            v(intl("IEEE International Conference on Robotics and Automation (ICRA)", "10.1109/ICRA{y}.{s}", 2),
                    intl("IEEE/RSJ International Conference on Intelligent Robots and Systems (IROS)", "10.1109/IROS{y}.{s}", 2),
                    intl("ASME International Mechanical Engineering Congress and Exposition (IMECE)", "10.1115/IMECE{y}-{s}", 1)),
            "JB/T", "T/CMES",
            a("中国机械工程学会", "全国机器人标准化技术委员会", "中国机械工程学会设备智能运维分会"),
            a("智能装备", "精密机械", "动力科技"), '5');

    static final Field NET = new Field("NET", "未来网络研究所", "Institute of Future Networks", 0.11,
            a("电子与通信技术", "计算机科学技术", "信息科学与系统科学"), d(0.5, 0.4, 0.1),
            a("future-networks", "6g-communication", "network-security", "blockchain", "industrial-internet"),
            a("未来网络", "6G通信", "网络安全", "区块链", "工业互联网"),
            d(0.9, 1.0, 0.8, 1.4),
            new Vocab(
                    a("软件定义网络", "网络功能虚拟化", "确定性网络", "可编程数据平面", "深度强化学习", "区块链共识", "零信任架构",
                            "意图驱动网络", "边缘计算卸载", "智能超表面"),
                    a("未来网络试验设施", "6G无线接入网", "卫星互联网", "工业互联网标识解析体系", "时间敏感网络", "数据中心网络", "车联网",
                            "网络切片", "光传送网", "物联网安全网关"),
                    a("时延保障", "资源调度", "流量工程", "入侵检测", "能效优化", "可扩展性", "故障恢复", "频谱效率"),
                    a("工业控制", "远程医疗", "智能电网", "东数西算", "智慧交通", "元宇宙应用")),
            new Vocab(
                    a("software-defined networking", "network function virtualisation", "deterministic networking",
                            "programmable data planes", "deep reinforcement learning", "blockchain consensus",
                            "zero-trust architecture", "intent-based networking", "edge computation offloading",
                            "reconfigurable intelligent surfaces"),
                    a("large-scale network testbeds", "6G radio access networks", "satellite internet",
                            "industrial internet identifier resolution", "time-sensitive networks", "data centre networks",
                            "vehicular networks", "network slicing", "optical transport networks", "IoT security gateways"),
                    a("latency guarantees", "resource scheduling", "traffic engineering", "intrusion detection",
                            "energy efficiency", "scalability", "failure recovery", "spectral efficiency"),
                    a("industrial control", "telemedicine", "smart grids", "cross-region computing",
                            "intelligent transportation", "extended-reality services")),
            v(zh("通信学报", "10.11959/j.issn.1000-436x.{y}{s}", 2), zh("电子与信息学报", "10.11999/JEIT{yy}{s}", 2),
                    zh("计算机学报", "10.11897/SP.J.1016.{y}.{s}", 2), zh("中国科学：信息科学", "10.1360/SSI-{y}-{s}", 2),
                    zh("电信科学", "10.11959/j.issn.1000-0801.{y}{s}", 1),
                    cnEn("China Communications", "10.23919/JCC.{y}.{s}", 1)),
            v(intl("IEEE/ACM Transactions on Networking", "10.1109/TNET.{y}.{s}", 3),
                    intl("IEEE Journal on Selected Areas in Communications", "10.1109/JSAC.{y}.{s}", 3),
                    intl("IEEE Transactions on Wireless Communications", "10.1109/TWC.{y}.{s}", 2),
                    intl("Computer Networks", "10.1016/j.comnet.{y}.{s}", 1),
                    intl("IEEE Communications Magazine", "10.1109/MCOM.{y}.{s}", 2)),
            v(intl("ACM SIGCOMM Conference", "10.1145/{s}.{y}", 3),
                    intl("IEEE Conference on Computer Communications (INFOCOM)", "10.1109/INFOCOM{y}.{s}", 2),
                    intl("USENIX Symposium on Networked Systems Design and Implementation (NSDI)", null, 3),
                    intl("IEEE International Conference on Communications (ICC)", "10.1109/ICC{y}.{s}", 1),
                    intl("IEEE Global Communications Conference (GLOBECOM)", "10.1109/GLOBECOM{y}.{s}", 1)),
            "YD/T", "T/CCSA",
            a("中国通信学会", "中国计算机学会网络与数据通信专业委员会", "中国通信标准化协会"),
            a("网络科技", "通信技术", "信息科技"), '6');

    static final Field QST = new Field("QST", "量子科技研究所", "Institute of Quantum Science and Technology", 0.10,
            a("物理学", "电子与通信技术", "数学"), d(0.75, 0.2, 0.05),
            a("quantum-communication", "quantum-computing", "quantum-sensing", "quantum-photonics"),
            a("量子通信", "量子计算", "量子精密测量", "量子光电子"),
            d(1.6, 0.6, 0.3, 1.2),
            new Vocab(
                    a("连续变量编码", "诱骗态方法", "量子纠错码", "变分量子算法", "冷原子干涉", "腔量子电动力学", "单光子探测", "量子态层析",
                            "动力学解耦", "拓扑保护"),
                    a("量子密钥分发系统", "超导量子比特", "离子阱", "金刚石氮-空位色心", "光量子芯片", "量子中继器", "光晶格原子钟",
                            "量子随机数发生器", "纠缠光源", "量子存储器"),
                    a("相干时间延长", "保真度提升", "安全性分析", "噪声抑制", "成码率提升", "可扩展架构", "频率稳定度", "误差校准"),
                    a("城域量子通信网络", "量子计算原型机", "精密导航", "生物磁成像", "金融数据安全", "重力测量")),
            new Vocab(
                    a("continuous-variable encoding", "decoy-state methods", "quantum error-correcting codes",
                            "variational quantum algorithms", "cold-atom interferometry", "cavity quantum electrodynamics",
                            "single-photon detection", "quantum state tomography", "dynamical decoupling", "topological protection"),
                    a("quantum key distribution systems", "superconducting qubits", "trapped ions",
                            "nitrogen-vacancy centres in diamond", "photonic quantum chips", "quantum repeaters",
                            "optical lattice clocks", "quantum random number generators", "entangled photon sources",
                            "quantum memories"),
                    a("coherence time", "gate fidelity", "security analysis", "noise suppression", "secret key rate",
                            "scalable architectures", "frequency stability", "error calibration"),
                    a("metropolitan quantum networks", "quantum computing prototypes", "precision navigation",
                            "biomagnetic imaging", "financial data security", "gravimetry")),
            v(zh("物理学报", "10.7498/aps.{v}.{y}{s}", 2).withVolumeBase(1951), zh("量子光学学报", null, 1),
                    zh("光学学报", "10.3788/AOS{y}{s}", 2), zh("中国科学：物理学 力学 天文学", "10.1360/SSPMA-{y}-{s}", 2),
                    zh("量子电子学报", "10.3969/j.issn.1007-5461.{y}.{s}", 1),
                    cnEn("Light: Science & Applications", "10.1038/s41377-0{yy}-{s}-x", 3)),
            v(intl("Physical Review Letters", "10.1103/PhysRevLett.{v}.{s}", 3).withVolumeBase(1893),
                    intl("Physical Review A", "10.1103/PhysRevA.{v}.{s}", 2).withVolumeBase(1915),
                    intl("npj Quantum Information", "10.1038/s41534-0{yy}-{s}-x", 3),
                    intl("Optica", "10.1364/OPTICA.{s}", 2),
                    intl("Nature Photonics", "10.1038/s41566-0{yy}-{s}-x", 3),
                    intl("Quantum Science and Technology", "10.1088/2058-9565/{s}", 2)),
            v(intl("Conference on Lasers and Electro-Optics (CLEO)", "10.1364/CLEO_QELS.{y}.{s}", 1),
                    intl("International Conference on Quantum Cryptography (QCrypt)", null, 2),
                    intl("APS March Meeting", null, 1)),
            "GB/T", "T/CCSA",
            a("中国物理学会", "全国量子计算与测量标准化技术委员会", "中国光学学会量子光学专业委员会"),
            a("量子科技", "光电科技", "量子信息"), '1');

    static final Field STP = new Field("STP", "科技战略与产业政策研究中心", "Centre for S&T Strategy and Industrial Policy", 0.07,
            a("管理学", "经济学", "信息科学与系统科学"), d(0.6, 0.3, 0.1),
            a("industrial-chain-security", "innovation-policy", "technology-foresight", "advanced-manufacturing-clusters"),
            a("产业链供应链安全", "科技创新政策", "技术预测", "先进制造业集群"),
            d(0.6, 0.3, 5.0, 0.3),
            new Vocab(
                    a("专利计量分析", "社会网络分析", "系统动力学", "投入产出分析", "双重差分法", "文本挖掘", "德尔菲法", "情景分析",
                            "多案例研究", "熵权TOPSIS"),
                    a("先进制造业集群", "关键核心技术清单", "产业链供应链", "新型研发机构", "科技人才评价体系", "专精特新企业",
                            "科技成果转化机制", "创新联合体", "长三角科技创新共同体", "科技金融"),
                    a("演化路径", "风险识别", "政策效果评估", "竞争力评价", "协同机制", "韧性评价", "布局优化", "治理模式"),
                    a("江苏制造业高质量发展", "区域创新体系建设", "产业链自主可控", "长三角一体化", "产业基础再造", "国家战略科技力量建设")),
            new Vocab(
                    a("patent analytics", "social network analysis", "system dynamics", "input-output analysis",
                            "difference-in-differences", "text mining", "Delphi surveys", "scenario analysis", "multiple case studies",
                            "entropy-weighted TOPSIS"),
                    a("advanced manufacturing clusters", "key core technology lists", "industrial supply chains",
                            "new-type R&D institutes", "research talent evaluation", "specialised SMEs",
                            "technology transfer mechanisms", "innovation consortia", "regional innovation communities",
                            "technology finance"),
                    a("evolution paths", "risk identification", "policy evaluation", "competitiveness assessment",
                            "coordination mechanisms", "resilience assessment", "layout optimisation", "governance models"),
                    a("manufacturing upgrading in Jiangsu", "regional innovation systems", "technological self-reliance",
                            "Yangtze River Delta integration", "industrial foundation reengineering", "national strategic S&T capacity")),
            v(zh("科学学研究", "10.16192/j.cnki.1003-2053.{y}{s}", 2), zh("中国软科学", null, 2),
                    zh("科研管理", "10.19571/j.cnki.1000-2995.{y}.{s}", 2), zh("科学学与科学技术管理", null, 1),
                    zh("管理世界", "10.19744/j.cnki.11-1235/f.{y}.{s}", 3)),
            v(intl("Research Policy", "10.1016/j.respol.{y}.{s}", 3),
                    intl("Technological Forecasting and Social Change", "10.1016/j.techfore.{y}.{s}", 2),
                    intl("Technovation", "10.1016/j.technovation.{y}.{s}", 2),
                    intl("Science and Public Policy", "10.1093/scipol/scad{s}", 1),
                    intl("Scientometrics", "10.1007/s11192-0{yy}-{s}-x", 1)),
            v(zh("中国科技政策与管理学术年会", null, 1),
                    intl("Atlanta Conference on Science and Innovation Policy", null, 1),
                    intl("International Conference on Scientometrics and Informetrics (ISSI)", null, 1)),
            "GB/T", "T/CASTEM",
            a("中国科学学与科技政策研究会", "中国软科学研究会", "江苏省科学学与科技政策研究会"),
            a("科技咨询", "管理咨询", "科技服务"), '7');

    /** All departments, in the fixed order that generation follows. */
    static final List<Field> ALL = List.of(IC, MAT, AI, BIO, EQP, NET, QST, STP);

    static Field byCode(String code) {
        for (Field f : ALL) {
            if (f.code().equals(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown department " + code);
    }
}
