<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <source>No quality score or grade</source>
        <translation>缺质量得分或等级</translation>
    </message>
    <message>
        <source>No value per equivalent</source>
        <translation>缺当量单价</translation>
    </message>
    <message>
        <source>Above the cap line</source>
        <translation>超过封顶线</translation>
    </message>
    <message>
        <source>Below the base line</source>
        <translation>低于基本线</translation>
    </message>
    <message>
        <source>The month has no quality score or grade for this doctor: enter one on the Quality tab. Until then the row has no effective equivalents and no pay.</source>
        <translation>该医生本月没有质量得分或等级：请在“质量”页录入。录入前该行没有有效服务量，也没有绩效工资。</translation>
    </message>
    <message>
        <source>The month has no value per equivalent and no fund: set one under Pay settings.</source>
        <translation>本月既没有当量单价也没有绩效基金：请在“绩效与分摊”页设置。</translation>
    </message>
    <message>
        <source>Equivalents {e} are above the cap line {cap}: only {counted} are counted. Check for understaffing in the post, or for over-reporting.</source>
        <translation>标准工作当量 {e} 超过封顶线 {cap}：只计入 {counted}。请检查该岗位是否缺员，或是否多报。</translation>
    </message>
    <message>
        <source>Equivalents {e} are below the base line {base}: no performance pay for volume, and the basic pay is cut by the factor {factor}.</source>
        <translation>标准工作当量 {e} 低于基本线 {base}：工作量不计绩效，基本工资按系数 {factor} 扣减。</translation>
    </message>
    <message>
        <source>The {what} must be a number: {text}</source>
        <translation>{what}必须是数字：{text}</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>无需</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>since {at} by {user}</source>
        <translation>{user} 于 {at}</translation>
    </message>
    <message>
        <source>as stored when the month was signed</source>
        <translation>按签核时保存的数值</translation>
    </message>
    <message>
        <source>{available} available ÷ {working} working days</source>
        <translation>可出勤 {available} 天 ÷ 工作日 {working} 天</translation>
    </message>
    <message>
        <source>{target} × {post} (post {post_name}) × {title} (title {title_name})</source>
        <translation>{target} × {post}（岗位 {post_name}）× {title}（职称 {title_name}）</translation>
    </message>
    <message>
        <source>Annual target</source>
        <translation>年目标</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>{annual} × {share} (share of {month}) × {attendance}</source>
        <translation>{annual} × {share}（{month} 分摊比例）× {attendance}</translation>
    </message>
    <message>
        <source>Base line</source>
        <translation>基本线</translation>
    </message>
    <message>
        <source>Cap line</source>
        <translation>封顶线</translation>
    </message>
    <message>
        <source>Equivalents</source>
        <translation>当量</translation>
    </message>
    <message>
        <source>0: no performance equivalents in the band {band}</source>
        <translation>0：{band}区段没有绩效当量</translation>
    </message>
    <message>
        <source>Equivalents E</source>
        <translation>标准工作当量 E</translation>
    </message>
    <message>
        <source>Σ count × equivalents × coefficient over the items below</source>
        <translation>下列项目的 Σ 数量 × 当量 × 系数</translation>
    </message>
    <message>
        <source>Bonus equivalents</source>
        <translation>奖励当量</translation>
    </message>
    <message>
        <source>research and teaching items</source>
        <translation>科研教学项目</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>区段</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计入当量</translation>
    </message>
    <message>
        <source>Performance equivalents</source>
        <translation>绩效当量</translation>
    </message>
    <message>
        <source>attendance is 0</source>
        <translation>出勤率为 0</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>工作质量</translation>
    </message>
    <message>
        <source>not needed in the band absent</source>
        <translation>全月休假区段无需质量等级</translation>
    </message>
    <message>
        <source>Effective equivalents</source>
        <translation>有效服务量</translation>
    </message>
    <message>
        <source>the bonus alone</source>
        <translation>仅奖励当量</translation>
    </message>
    <message>
        <source>missing: no score or grade recorded</source>
        <translation>缺失：未录入得分或等级</translation>
    </message>
    <message>
        <source>score {score} → grade {grade}</source>
        <translation>得分 {score} → 等级 {grade}</translation>
    </message>
    <message>
        <source>grade {grade} given</source>
        <translation>录入等级 {grade}</translation>
    </message>
    <message>
        <source>Quality coefficient</source>
        <translation>质量系数</translation>
    </message>
    <message>
        <source>{count} violation(s) → {ratio}</source>
        <translation>违规 {count} 次 → {ratio}</translation>
    </message>
    <message>
        <source>a medical error above the cap: × {factor}</source>
        <translation>超封顶线且有医疗差错：× {factor}</translation>
    </message>
    <message>
        <source>veto → {ratio}</source>
        <translation>一票否决 → {ratio}</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>无管理事件</translation>
    </message>
    <message>
        <source>Deduction ratio</source>
        <translation>扣减比例</translation>
    </message>
    <message>
        <source>missing value per equivalent</source>
        <translation>缺当量单价</translation>
    </message>
    <message>
        <source>Performance pay</source>
        <translation>绩效工资</translation>
    </message>
    <message>
        <source>waits for the quality grade</source>
        <translation>等待质量等级</translation>
    </message>
    <message>
        <source>1: the base line is 0</source>
        <translation>1：基本线为 0</translation>
    </message>
    <message>
        <source>the basic amount × {factor}</source>
        <translation>基本工资额 × {factor}</translation>
    </message>
    <message>
        <source>Basic pay factor</source>
        <translation>基本工资系数</translation>
    </message>
    <message>
        <source>Basic pay</source>
        <translation>基本工资</translation>
    </message>
</context>
<context>
    <name>AccountActions</name>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Lock the window</source>
        <translation>锁定窗口(&amp;L)</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>The administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>The administrator manages staff, workload and accounts for everyone else.</source>
        <translation>管理员为其他所有人管理人员、工作量和账户。</translation>
    </message>
    <message>
        <source>Create the centre</source>
        <translation>创建中心</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>At least 8 characters. Keep it to yourself.</source>
        <translation>至少 8 个字符，请勿告诉他人。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>Search by title, area or place…</source>
        <translation>按活动名称、领域或地点搜索…</translation>
    </message>
    <message>
        <source>Upcoming only</source>
        <translation>只看未来的活动</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Plan activity…</source>
        <translation>安排活动…</translation>
    </message>
    <message>
        <source>Suggest volunteers…</source>
        <translation>推荐志愿者…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>需要人数</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>空缺</translation>
    </message>
    <message>
        <source>Select an activity to see who signed up.</source>
        <translation>选择一项活动，查看报名的志愿者。</translation>
    </message>
    <message>
        <source>{title} on {day}: {signed} of {needed} places taken</source>
        <translation>{day} {title}：已报名 {signed} 人，共需 {needed} 人</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Plan activity</source>
        <translation>安排活动</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Volunteers needed</source>
        <translation>需要志愿者人数</translation>
    </message>
    <message>
        <source>Skills it uses (volunteers need one of them)</source>
        <translation>所需技能（志愿者须具备其中之一）</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive volunteer</source>
        <translation>志愿者归档</translation>
    </message>
    <message>
        <source>{name} ({number}) leaves the register; their hours are kept.</source>
        <translation>{name}（{number}）将移出在册名单，其服务时长记录保留。</translation>
    </message>
    <message>
        <source>Archived from</source>
        <translation>归档日期</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Search every column…</source>
        <translation>在所有列中搜索…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>{shown} of {total} entries</source>
        <translation>显示 {shown} 条，共 {total} 条</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>{count} audit entries exported to {path}</source>
        <translation>已将 {count} 条审计记录导出到 {path}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>CatalogueDialogs</name>
    <message>
        <source>The equivalents must be a number, e.g. 2.7183</source>
        <translation>当量必须是数字，例如 2.7183</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>Search categories…</source>
        <translation>搜索类别…</translation>
    </message>
    <message>
        <source>Search by code, name or category…</source>
        <translation>按编码、名称或类别搜索…</translation>
    </message>
    <message>
        <source>Search the rules…</source>
        <translation>搜索系数规则…</translation>
    </message>
    <message>
        <source>Add category…</source>
        <translation>添加类别…</translation>
    </message>
    <message>
        <source>Coefficient rules belong to each year's policy: change them in the policy and import it again.</source>
        <translation>管理调控系数属于各年度考核方案：请在方案中修改后重新导入。</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>添加项目…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>New dated value…</source>
        <translation>新增生效当量…</translation>
    </message>
    <message>
        <source>Deactivate / bring back</source>
        <translation>停用 / 恢复</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Equivalents</source>
        <translation>当量</translation>
    </message>
    <message>
        <source>Dated values</source>
        <translation>各期当量</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>When</source>
        <translation>适用时间</translation>
    </message>
    <message>
        <source>One service</source>
        <translation>每次服务</translation>
    </message>
    <message>
        <source>Item coefficients of {year}</source>
        <translation>{year} 年管理调控系数</translation>
    </message>
    <message>
        <source>always</source>
        <translation>始终</translation>
    </message>
    <message>
        <source>months {months}</source>
        <translation>{months} 月</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>unknown item</source>
        <translation>未知项目</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Import service items</source>
        <translation>导入服务项目</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Export service items</source>
        <translation>导出服务项目</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported {rows} item values to {path}</source>
        <translation>已导出 {rows} 条项目当量到 {path}</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>New category</source>
        <translation>新建类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>CentrePage</name>
    <message>
        <source>Your centre</source>
        <translation>您的中心</translation>
    </message>
    <message>
        <source>The name is printed on every appraisal slip.</source>
        <translation>中心名称会打印在每张考核单上。</translation>
    </message>
    <message>
        <source>e.g. Riverside Community Health Service Centre</source>
        <translation>例如：滨江街道社区卫生服务中心</translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <source>First policy year</source>
        <translation>首个考核方案年度</translation>
    </message>
    <message>
        <source>&lt;p&gt;The {year} policy starts from CentreDesk's defaults: an annual target of {target} equivalents, the base line at {base} and the cap line at {cap} of the target, {holidays} public holidays.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Posts:&lt;/b&gt; {posts}&lt;br&gt;&lt;b&gt;Titles:&lt;/b&gt; {titles}&lt;/p&gt;&lt;p&gt;All coefficients start at 1. Change them on Staff and rosters → Posts and titles.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{year} 年考核方案采用 CentreDesk 的默认值：年度基本工作量目标 {target} 当量，基本线为目标的 {base}，封顶线为目标的 {cap}，法定节假日 {holidays} 天。&lt;/p&gt;&lt;p&gt;&lt;b&gt;岗位：&lt;/b&gt;{posts}&lt;br&gt;&lt;b&gt;职称：&lt;/b&gt;{titles}&lt;/p&gt;&lt;p&gt;所有系数初始为 1，可在“人员与排班 → 岗位与职称”中修改。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CentreSettingsTab</name>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Centre settings</source>
        <translation>中心设置</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>The PostgreSQL server's own tools back this database up.</source>
        <translation>此数据库由 PostgreSQL 服务器自身的工具备份。</translation>
    </message>
    <message>
        <source>{count} settings saved</source>
        <translation>已保存 {count} 项设置</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>第二备份文件夹</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Service certificate of {name}</source>
        <translation>{name}的志愿服务证明</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>{hours} approved hours in this period</source>
        <translation>本期间经审核的服务时长：{hours} 小时</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>保存证明</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Certificate written to {path} ({code})</source>
        <translation>证明已写入 {path}（核验码 {code}）</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>A doctor's months against their lines</source>
        <translation>医生各月当量与目标线对比</translation>
    </message>
    <message>
        <source>Bands of the month</source>
        <translation>本月区段分布</translation>
    </message>
    <message>
        <source>The centre's equivalents by month</source>
        <translation>中心各月标准工作当量</translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation>医生：</translation>
    </message>
    <message>
        <source>{staff_no} {name}: equivalents against target and lines, {year}</source>
        <translation>{staff_no} {name}：{year}年当量与目标线对比</translation>
    </message>
    <message>
        <source>The centre's equivalents by month: {year} against {previous}</source>
        <translation>中心各月标准工作当量：{year}年与{previous}年对比</translation>
    </message>
    <message>
        <source>Bands of {month}</source>
        <translation>{month} 区段分布</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Welcome to CentreDesk</source>
        <translation>欢迎使用 CentreDesk</translation>
    </message>
    <message>
        <source>This database is new. What would you like to do?</source>
        <translation>这是一个新数据库。您想做什么？</translation>
    </message>
    <message>
        <source>Set up my centre</source>
        <translation>设置我的中心</translation>
    </message>
    <message>
        <source>Open the demo centre</source>
        <translation>打开演示中心</translation>
    </message>
    <message>
        <source>Give the centre its name, start this year's appraisal policy from CentreDesk's defaults and create the administrator's account.</source>
        <translation>填写中心名称，以 CentreDesk 的默认值建立本年度考核方案，并创建管理员账户。</translation>
    </message>
    <message>
        <source>Fill this database with a made-up centre: 30 staff, two years of workload, leave and volunteers, to try every screen.</source>
        <translation>在此数据库中生成一个虚构的中心：30 名员工、两年的工作量、休假和志愿者，用于试用各个界面。</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct hours</source>
        <translation>更正服务时长</translation>
    </message>
    <message>
        <source>An approved record is never changed: a correcting record is added, pending until approved.</source>
        <translation>已审核的记录不会被修改：将新增一条更正记录，审核后生效。</translation>
    </message>
    <message>
        <source>This record is pending: it changes in place.</source>
        <translation>此记录尚未审核：将直接修改。</translation>
    </message>
    <message>
        <source>Record {id}: {name}, {day}, {area}, {hours} h.</source>
        <translation>记录 {id}：{name}，{day}，{area}，{hours} 小时。</translation>
    </message>
    <message>
        <source>Hours it should count</source>
        <translation>应计时长（小时）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>DeductionTableModel</name>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规次数</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>差错次数</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>区段</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣减比例</translation>
    </message>
    <message>
        <source>Performance
pay</source>
        <translation>绩效工资</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>The demo centre</source>
        <translation>演示中心</translation>
    </message>
    <message>
        <source>Building two years of a made-up centre. This takes a moment.</source>
        <translation>正在生成虚构中心两年的数据，请稍候。</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Ready</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>我已记下恢复码</translation>
    </message>
    <message>
        <source>&lt;p&gt;The centre is set up and you are signed in as its administrator.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This is the recovery code.&lt;/b&gt; It resets the administrator's password if it is forgotten. It is shown only now: write it down and keep it somewhere safe.&lt;/p&gt;</source>
        <translation>&lt;p&gt;中心已设置完成，您已作为管理员登录。&lt;/p&gt;&lt;p&gt;&lt;b&gt;这是恢复码。&lt;/b&gt;忘记管理员密码时可用它重置密码。它只显示这一次：请记下并妥善保管。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The demo centre is ready and you are signed in as &lt;b&gt;admin&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Its accounts: &lt;b&gt;admin&lt;/b&gt; (administrator), &lt;b&gt;director&lt;/b&gt;, and one per doctor named by staff number (D004 …). Every password is &lt;b&gt;demo1234&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;演示中心已就绪，您已以 &lt;b&gt;admin&lt;/b&gt; 身份登录。&lt;/p&gt;&lt;p&gt;账户：&lt;b&gt;admin&lt;/b&gt;（管理员）、&lt;b&gt;director&lt;/b&gt;（主任），以及每位医生一个以工号命名的账户（D004 …）。所有密码均为 &lt;b&gt;demo1234&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Drill-down: {staff_no} {name}, {month}</source>
        <translation>明细：{staff_no} {name}，{month}</translation>
    </message>
    <message>
        <source>Search by day, code or item…</source>
        <translation>按日期、编码或项目搜索…</translation>
    </message>
    <message>
        <source>Search the slip's lines…</source>
        <translation>搜索考核单明细…</translation>
    </message>
    <message>
        <source>Each day and item</source>
        <translation>逐日逐项</translation>
    </message>
    <message>
        <source>As the appraisal slip prints it</source>
        <translation>考核单打印的明细</translation>
    </message>
    <message>
        <source>Copy the lines</source>
        <translation>复制明细</translation>
    </message>
    <message>
        <source>Equivalents {equivalents}, bonus {bonus}, from {lines} lines.</source>
        <translation>当量 {equivalents}，奖励当量 {bonus}，共 {lines} 行。</translation>
    </message>
    <message>
        <source>No appraisal this month (not employed or not appraised).</source>
        <translation>本月无考核（不在聘或岗位不参加考核）。</translation>
    </message>
    <message>
        <source>the signed review</source>
        <translation>已签核的考核结果</translation>
    </message>
    <message>
        <source>the review</source>
        <translation>考核结果</translation>
    </message>
    <message>
        <source>They match {source}.</source>
        <translation>与{source}一致。</translation>
    </message>
    <message>
        <source>They differ from {source}: {equivalents}, bonus {bonus}.</source>
        <translation>与{source}不一致：{equivalents}，奖励当量 {bonus}。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Equivalents</source>
        <translation>当量</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>系数</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖励当量</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>奖励</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Medical
error</source>
        <translation>医疗差错</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>No events recorded this month.</source>
        <translation>本月没有记录管理事件。</translation>
    </message>
    <message>
        <source>No deductions: nobody has an event this month.</source>
        <translation>无扣减：本月没有人发生管理事件。</translation>
    </message>
    <message>
        <source>Remove the selected event</source>
        <translation>删除所选事件</translation>
    </message>
    <message>
        <source>Events of the month</source>
        <translation>本月管理事件</translation>
    </message>
    <message>
        <source>Their effect on the deductions</source>
        <translation>对扣减的影响</translation>
    </message>
    <message>
        <source>Record an event</source>
        <translation>记录事件</translation>
    </message>
    <message>
        <source>Medical error</source>
        <translation>医疗差错</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件说明</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation>医生：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>{kind} of {staff_no} on {day} recorded</source>
        <translation>已记录 {staff_no} 于 {day} 的{kind}</translation>
    </message>
    <message>
        <source>Select an event first.</source>
        <translation>请先选择一个事件。</translation>
    </message>
    <message>
        <source>The event of {staff_no} on {day} was removed</source>
        <translation>已删除 {staff_no} 于 {day} 的事件</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong and this action did not finish. Your saved data is safe.

{error}

Details are in the log file:
{log}</source>
        <translation>出现问题，此操作未完成。已保存的数据是安全的。

{error}

详细信息见日志文件：
{log}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to CentreDesk</source>
        <translation>欢迎使用 CentreDesk</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Day by day…</source>
        <translation>逐日明细…</translation>
    </message>
    <message>
        <source>Save my slip…</source>
        <translation>保存我的考核单…</translation>
    </message>
    <message>
        <source>A remark or a disagreement about this month, for the office…</source>
        <translation>对本月的说明或异议，提交给办公室…</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>添加意见</translation>
    </message>
    <message>
        <source>Comments on this month</source>
        <translation>本月意见</translation>
    </message>
    <message>
        <source>no appraisal</source>
        <translation>不考核</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Equivalents</source>
        <translation>标准工作当量</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>Performance pay</source>
        <translation>绩效工资</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>This screen shows a doctor's own months.</source>
        <translation>本页面显示医生本人的月度数据。</translation>
    </message>
    <message>
        <source>Sign in with a doctor's account to see it.</source>
        <translation>请使用医生账户登录后查看。</translation>
    </message>
    <message>
        <source>No appraisal in {month} (not employed, on an unappraised post, or no policy for the year).</source>
        <translation>{month} 不考核（未在职、岗位不参加考核，或该年度没有考核方案）。</translation>
    </message>
    <message>
        <source>{name} ({staff_no}), {month}</source>
        <translation>{name}（{staff_no}），{month}</translation>
    </message>
    <message>
        <source>Equivalents so far: {e}</source>
        <translation>本月至今当量：{e}</translation>
    </message>
    <message>
        <source>Equivalents: {e}</source>
        <translation>当量：{e}</translation>
    </message>
    <message>
        <source>target {target}, base line {base}, cap line {cap}: {band}</source>
        <translation>目标 {target}，基本线 {base}，封顶线 {cap}：{band}</translation>
    </message>
    <message>
        <source>{at}, {author}: {text}</source>
        <translation>{at}，{author}：{text}</translation>
    </message>
    <message>
        <source>(dealt with)</source>
        <translation>（已处理）</translation>
    </message>
    <message>
        <source>Save my slip</source>
        <translation>保存我的考核单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Slip saved to {path}</source>
        <translation>考核单已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Record hours</source>
        <translation>登记服务时长</translation>
    </message>
    <message>
        <source>e.g. 3.5</source>
        <translation>例如 3.5</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>choose a volunteer from the list</source>
        <translation>请从列表中选择志愿者</translation>
    </message>
    <message>
        <source>hours must be a number</source>
        <translation>时长必须是数字</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <source>Search by name, number, area…</source>
        <translation>按姓名、编号、领域搜索…</translation>
    </message>
    <message>
        <source>Pending only</source>
        <translation>只看待审核</translation>
    </message>
    <message>
        <source>Record hours…</source>
        <translation>登记时长…</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>审核选中记录</translation>
    </message>
    <message>
        <source>Approve all pending shown</source>
        <translation>审核列表中全部待审记录</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Import hours…</source>
        <translation>导入时长…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Hours from</source>
        <translation>时长起始日期</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>{status}, corrects {record}</source>
        <translation>{status}，更正记录 {record}</translation>
    </message>
    <message>
        <source>{count} records wait for approval</source>
        <translation>{count} 条记录待审核</translation>
    </message>
    <message>
        <source>{count} hours records approved</source>
        <translation>已审核 {count} 条时长记录</translation>
    </message>
    <message>
        <source>Import volunteer hours</source>
        <translation>导入志愿服务时长</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Export hours</source>
        <translation>导出服务时长</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported {count} hours records to {path}</source>
        <translation>已将 {count} 条时长记录导出到 {path}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Workload import: preview</source>
        <translation>工作量导入：预览</translation>
    </message>
    <message>
        <source>Search by number or name…</source>
        <translation>按工号或姓名搜索…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Months that change: {months}</source>
        <translation>将变动的月份：{months}</translation>
    </message>
    <message>
        <source>Nothing would change.</source>
        <translation>不会有任何变动。</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Quality indicator</source>
        <translation>质量指标</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Raise of the monthly target, %</source>
        <translation>月度目标上调 %</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>a rate in % (a raised target stays at most 100)</source>
        <translation>百分率（上调后的目标不超过 100）</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>raise</source>
        <translation>上调</translation>
    </message>
</context>
<context>
    <name>IndicatorFiguresDialog</name>
    <message>
        <source>Indicator figures of {staff_no} {name}</source>
        <translation>{staff_no} {name} 的指标实际值</translation>
    </message>
    <message>
        <source>The post {post} has no quality indicators yet.</source>
        <translation>岗位 {post} 还没有质量指标。</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>{name} (target {target}, weight {weight}, {direction})</source>
        <translation>{name}（目标 {target}，权重 {weight}，{direction}）</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Quality of {staff_no} computed from the indicators: score {score}</source>
        <translation>已按质量指标计算 {staff_no} 的工作质量：得分 {score}</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Monthly
target</source>
        <translation>月度目标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Better
when</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Raise</source>
        <translation>上调</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <source>Damaged file</source>
        <translation>文件损坏</translation>
    </message>
    <message>
        <source>Broken reference</source>
        <translation>引用失效</translation>
    </message>
    <message>
        <source>Orphaned record</source>
        <translation>孤立记录</translation>
    </message>
    <message>
        <source>Signed month changed</source>
        <translation>已签核月份被改动</translation>
    </message>
    <message>
        <source>Integrity report</source>
        <translation>完整性报告</translation>
    </message>
    <message>
        <source>&lt;b&gt;The checks found {count} problems in {database}.&lt;/b&gt;&lt;br&gt;Nothing has been changed. Restore a recent backup (File → Restore…) if the data was damaged, or reopen and re-sign a signed month whose data changed after signing.</source>
        <translation>&lt;b&gt;检查在 {database} 中发现 {count} 个问题。&lt;/b&gt;&lt;br&gt;尚未做任何更改。如数据已损坏，请恢复最近的备份（文件 → 恢复…）；如已签核月份的数据在签核后被改动，请重新打开并重新签核该月。</translation>
    </message>
    <message>
        <source>Search the findings…</source>
        <translation>搜索检查结果…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>涉及</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Rename service item</source>
        <translation>重命名服务项目</translation>
    </message>
    <message>
        <source>New service item</source>
        <translation>新建服务项目</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Equivalents</source>
        <translation>当量</translation>
    </message>
    <message>
        <source>An item's code and category do not change.</source>
        <translation>项目的编码和类别不能修改。</translation>
    </message>
</context>
<context>
    <name>ItemValueDialog</name>
    <message>
        <source>New value of {code}</source>
        <translation>{code} 的新当量</translation>
    </message>
    <message>
        <source>For all dates (replaces the value without a date)</source>
        <translation>适用于所有日期（替换不带日期的当量）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Values so far</source>
        <translation>已有当量</translation>
    </message>
    <message>
        <source>Equivalents</source>
        <translation>当量</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Counts from that date on are worth the new value; signed months keep the figures they were signed with.</source>
        <translation>自该日起的数量按新当量计算；已签核月份保持签核时的数字。</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Record leave</source>
        <translation>登记休假</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Kind of leave</source>
        <translation>休假类型</translation>
    </message>
    <message>
        <source>Leave counts against attendance in the month's review. Shifts rostered on those days are replaced. A signed month's leave cannot change.</source>
        <translation>休假计入当月考核的出勤率。这些日期已排的班次将被替换。已签署月份的休假不能更改。</translation>
    </message>
    <message>
        <source>Shifts are rostered</source>
        <translation>已有排班</translation>
    </message>
    <message>
        <source>{name} is rostered to work on these days of the leave:
{shifts}

Record the leave anyway? Those shifts are replaced by leave.</source>
        <translation>{name} 在休假期间的以下日期已排班：
{shifts}

仍要登记休假吗？这些班次将被休假替换。</translation>
    </message>
</context>
<context>
    <name>ListsDialog</name>
    <message>
        <source>Service areas and skills</source>
        <translation>服务领域与技能</translation>
    </message>
    <message>
        <source>One per line. Volunteers keep an area taken off the list.</source>
        <translation>每行一项。从列表中删去的领域，已登记的志愿者仍保留。</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Locked by {user}</source>
        <translation>已由 {user} 锁定</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>当前无人登录</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to CentreDesk</source>
        <translation>登录 CentreDesk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CentreDesk</source>
        <translation>CentreDesk 社区卫生服务中心管理</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Month in hand:</source>
        <translation>当前月份：</translation>
    </message>
    <message>
        <source>User: {name}</source>
        <translation>用户：{name}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About CentreDesk</source>
        <translation>关于 CentreDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Month: {month}</source>
        <translation>月份：{month}</translation>
    </message>
    <message>
        <source>Open a CentreDesk database</source>
        <translation>打开 CentreDesk 数据库</translation>
    </message>
    <message>
        <source>CentreDesk databases (*.db)</source>
        <translation>CentreDesk 数据库 (*.db)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>New CentreDesk database</source>
        <translation>新建 CentreDesk 数据库</translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>备份已写入 {path}</translation>
    </message>
    <message>
        <source>About CentreDesk</source>
        <translation>关于 CentreDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CentreDesk {version}&lt;/h3&gt;&lt;p&gt;Staff, daily workload, volunteers and month-end performance pay of a community health service centre.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CentreDesk {version}&lt;/h3&gt;&lt;p&gt;社区卫生服务中心的人员、日工作量、志愿者与月末绩效考核。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MonthTab</name>
    <message>
        <source>All posts</source>
        <translation>全部岗位</translation>
    </message>
    <message>
        <source>All bands</source>
        <translation>全部区段</translation>
    </message>
    <message>
        <source>Only rows that need attention</source>
        <translation>只看需要关注的行</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>岗位：</translation>
    </message>
    <message>
        <source>Band:</source>
        <translation>区段：</translation>
    </message>
    <message>
        <source>{shown} of {count} doctors · targets {target} · equivalents {equivalents} · effective {effective} · performance pay {pay} · basic pay {basic}</source>
        <translation>显示 {shown}/{count} 名医生 · 目标 {target} · 当量 {equivalents} · 有效服务量 {effective} · 绩效工资 {pay} · 基本工资 {basic}</translation>
    </message>
    <message>
        <source>The month's performance pay: {pay}</source>
        <translation>本月绩效工资合计：{pay}</translation>
    </message>
    <message>
        <source>{count} rows need attention</source>
        <translation>{count} 行需要关注</translation>
    </message>
    <message>
        <source>Every row is ok and within its lines.</source>
        <translation>所有行均正常，且在基本线与封顶线之间。</translation>
    </message>
    <message>
        <source>Open comments of the doctors ({count})</source>
        <translation>医生未处理的意见（{count}）</translation>
    </message>
    <message>
        <source>mark resolved</source>
        <translation>标记为已处理</translation>
    </message>
</context>
<context>
    <name>MonthToDateBar</name>
    <message>
        <source>{who}, {month}: not appraised</source>
        <translation>{who}，{month}：不参加考核</translation>
    </message>
    <message>
        <source>{who}, {month} so far: {equivalents} of target {target} (base line {base}, cap line {cap})</source>
        <translation>{who}，{month} 截至目前：{equivalents} / 目标 {target}（基本线 {base}，封顶线 {cap}）</translation>
    </message>
    <message>
        <source>Band: {band}</source>
        <translation>区段：{band}</translation>
    </message>
    <message>
        <source>absent all month</source>
        <translation>全月缺勤</translation>
    </message>
    <message>
        <source>below the base line</source>
        <translation>低于基本线</translation>
    </message>
    <message>
        <source>between base line and target</source>
        <translation>介于基本线与目标之间</translation>
    </message>
    <message>
        <source>in the reward band</source>
        <translation>处于奖励目标区间</translation>
    </message>
    <message>
        <source>over the cap line</source>
        <translation>超过封顶线</translation>
    </message>
</context>
<context>
    <name>MonthsChart</name>
    <message>
        <source>My equivalents, {first} to {last}</source>
        <translation>我的标准工作当量（{first} 至 {last}）</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>My month</source>
        <translation>我的月度</translation>
    </message>
    <message>
        <source>Staff and rosters</source>
        <translation>人员与排班</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作量</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Month-end review</source>
        <translation>月末考核</translation>
    </message>
    <message>
        <source>Slips</source>
        <translation>考核单</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Supervision note on {name}</source>
        <translation>{name}的督导记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PayTab</name>
    <message>
        <source>Pay settings</source>
        <translation>绩效设置</translation>
    </message>
    <message>
        <source>A value per equivalent</source>
        <translation>按当量单价</translation>
    </message>
    <message>
        <source>The month's fund</source>
        <translation>按当月绩效基金</translation>
    </message>
    <message>
        <source>Save pay settings</source>
        <translation>保存绩效设置</translation>
    </message>
    <message>
        <source>Value per equivalent</source>
        <translation>当量单价</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>绩效基金</translation>
    </message>
    <message>
        <source>Distributable ratio</source>
        <translation>可分配系数</translation>
    </message>
    <message>
        <source>Planned equivalents</source>
        <translation>计划当量</translation>
    </message>
    <message>
        <source>What the month's pay comes to</source>
        <translation>本月绩效测算</translation>
    </message>
    <message>
        <source>Value per equivalent in force</source>
        <translation>执行的当量单价</translation>
    </message>
    <message>
        <source>Distributable fund</source>
        <translation>可分配金额</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>储备金</translation>
    </message>
    <message>
        <source>Performance pay of the month</source>
        <translation>本月绩效工资合计</translation>
    </message>
    <message>
        <source>Monthly shares of the year</source>
        <translation>全年每月分摊比例</translation>
    </message>
    <message>
        <source>Propose from the last three years</source>
        <translation>按前三年工作量测算</translation>
    </message>
    <message>
        <source>Accept the proposed shares</source>
        <translation>采用测算的分摊比例</translation>
    </message>
    <message>
        <source>Accepting changes the targets of the year's unsigned months; a signed month keeps the shares it was signed with.</source>
        <translation>采用后，本年未签核月份的目标随之改变；已签核的月份保留签核时的分摊比例。</translation>
    </message>
    <message>
        <source>Pay settings of {month}</source>
        <translation>{month} 绩效设置</translation>
    </message>
    <message>
        <source>the sum of the targets: {sum}</source>
        <translation>默认为目标之和：{sum}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>The month's performance pay {total} exceeds the distributable fund {fund}.</source>
        <translation>本月绩效工资合计 {total} 超过可分配金额 {fund}。</translation>
    </message>
    <message>
        <source>Monthly shares of {year}</source>
        <translation>{year} 年每月分摊比例</translation>
    </message>
    <message>
        <source>value</source>
        <translation>当量单价</translation>
    </message>
    <message>
        <source>fund</source>
        <translation>绩效基金</translation>
    </message>
    <message>
        <source>distributable ratio</source>
        <translation>可分配系数</translation>
    </message>
    <message>
        <source>planned equivalents</source>
        <translation>计划当量</translation>
    </message>
    <message>
        <source>Pay settings of {month} saved</source>
        <translation>已保存 {month} 的绩效设置</translation>
    </message>
    <message>
        <source>Reading three years of recorded volume…</source>
        <translation>正在读取三年的工作量记录…</translation>
    </message>
    <message>
        <source>Proposed from the recorded equivalents of {years}.</source>
        <translation>按 {years} 年记录的标准工作当量测算。</translation>
    </message>
    <message>
        <source>Left out (no policy, or months without data): {years}.</source>
        <translation>未采用（无考核方案或有月份无数据）：{years}。</translation>
    </message>
    <message>
        <source>The monthly shares of {year} were changed</source>
        <translation>已修改 {year} 年的每月分摊比例</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Edit post</source>
        <translation>编辑岗位</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>新建岗位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>By specialty (GP, vaccination, child health …)</source>
        <translation>按专业设置（全科、预防接种、儿童保健 …）</translation>
    </message>
    <message>
        <source>By service process (front desk, nursing …)</source>
        <translation>按服务流程设置（前台、护理 …）</translation>
    </message>
    <message>
        <source>Appraised: its staff have a monthly review row</source>
        <translation>参与考核：该岗位人员有每月考核记录</translation>
    </message>
    <message>
        <source>Post mode</source>
        <translation>岗位设置方式</translation>
    </message>
    <message>
        <source>coefficient</source>
        <translation>系数</translation>
    </message>
</context>
<context>
    <name>PostsTitlesTab</name>
    <message>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Search posts…</source>
        <translation>搜索岗位…</translation>
    </message>
    <message>
        <source>Professional titles</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Search titles…</source>
        <translation>搜索职称…</translation>
    </message>
    <message>
        <source>Coefficients come from each year's policy. A change applies from the year you choose to every later year; signed months keep the figures they were signed with. A retired post or title is kept with its history but no longer offered.</source>
        <translation>系数取自各年度的考核方案。修改从所选年度起适用于其后各年度；已签署的月份保留签署时的数据。停用的岗位或职称会保留其历史记录，但不再供选择。</translation>
    </message>
    <message>
        <source>Add post…</source>
        <translation>添加岗位…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add title…</source>
        <translation>添加职称…</translation>
    </message>
    <message>
        <source>by service process</source>
        <translation>按服务流程</translation>
    </message>
    <message>
        <source>by specialty</source>
        <translation>按专业</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Post mode</source>
        <translation>岗位设置方式</translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation>参与考核</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Coefficient {year}</source>
        <translation>{year} 年系数</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>删除岗位</translation>
    </message>
    <message>
        <source>Delete the post {name} ({code})? Nobody ever held it.</source>
        <translation>删除岗位 {name}（{code}）？从未有人担任过该岗位。</translation>
    </message>
    <message>
        <source>Delete title</source>
        <translation>删除职称</translation>
    </message>
    <message>
        <source>Delete the title {name} ({code})? Nobody ever held it.</source>
        <translation>删除职称 {name}（{code}）？从未有人获得过该职称。</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>File refused</source>
        <translation>文件被拒绝</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct these {count} problems and import the file again:</source>
        <translation>未导入任何数据。请更正以下 {count} 个问题后重新导入：</translation>
    </message>
    <message>
        <source>Search the problems…</source>
        <translation>搜索问题…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>ProgramSettingsTab</name>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>ProgressRun</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QualityTab</name>
    <message>
        <source>This post has no quality indicators yet. Add them to compute doctors' scores from their monthly figures: weight, target, and whether higher or lower is better.</source>
        <translation>该岗位还没有质量指标。添加指标后，可按医生每月的实际值计算得分：需填写权重、目标，以及越高越好还是越低越好。</translation>
    </message>
    <message>
        <source>Quality of the month</source>
        <translation>本月工作质量</translation>
    </message>
    <message>
        <source>Type a score (0–100) or a grade in the table, import a quality file, or compute the score from the indicators of the doctor's post.</source>
        <translation>可在表中直接输入得分（0–100）或等级，导入质量文件，或按医生所在岗位的质量指标计算得分。</translation>
    </message>
    <message>
        <source>Indicator figures…</source>
        <translation>指标实际值…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Quality indicators of a post</source>
        <translation>岗位质量指标</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>岗位：</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Quality of {month}</source>
        <translation>{month} 工作质量</translation>
    </message>
    <message>
        <source>Quality of {staff_no} saved</source>
        <translation>已保存 {staff_no} 的工作质量</translation>
    </message>
    <message>
        <source>A score is a number from 0 to 100: {text}</source>
        <translation>得分必须是 0 到 100 之间的数：{text}</translation>
    </message>
    <message>
        <source>Quality of {staff_no} cleared</source>
        <translation>已清除 {staff_no} 的工作质量</translation>
    </message>
    <message>
        <source>Import quality</source>
        <translation>导入工作质量</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Select a doctor first.</source>
        <translation>请先选择一名医生。</translation>
    </message>
</context>
<context>
    <name>QualityTableModel</name>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade
given</source>
        <translation>录入等级</translation>
    </message>
    <message>
        <source>Recorded
as</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Grade
used</source>
        <translation>采用等级</translation>
    </message>
    <message>
        <source>Indicator
figures</source>
        <translation>指标数</translation>
    </message>
</context>
<context>
    <name>RecognitionTab</name>
    <message>
        <source>Search by name or number…</source>
        <translation>按姓名或编号搜索…</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>服务证明…</translation>
    </message>
    <message>
        <source>Reached a new level this month</source>
        <translation>本月晋升星级</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Approved hours</source>
        <translation>经审核时长</translation>
    </message>
    <message>
        <source>Star level</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Hours this month</source>
        <translation>本月时长</translation>
    </message>
    <message>
        <source>Next level in</source>
        <translation>距下一星级</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>new level</source>
        <translation>晋升</translation>
    </message>
    <message>
        <source>Star levels at the end of {month}; thresholds {ladder} hours</source>
        <translation>{month} 月末星级；星级门槛 {ladder} 小时</translation>
    </message>
    <message>
        <source>Nobody this month.</source>
        <translation>本月无人晋升。</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Search by name, number, phone, area…</source>
        <translation>按姓名、编号、电话、领域搜索…</translation>
    </message>
    <message>
        <source>Show archived volunteers</source>
        <translation>显示已归档的志愿者</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Supervision notes</source>
        <translation>督导记录</translation>
    </message>
    <message>
        <source>Register volunteer…</source>
        <translation>登记志愿者…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Supervision note…</source>
        <translation>督导记录…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Areas and skills…</source>
        <translation>领域与技能…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>archived {day}</source>
        <translation>{day} 归档</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Select a volunteer to see their details.</source>
        <translation>选择一名志愿者查看详细信息。</translation>
    </message>
    <message>
        <source>ID {id} · phone {phone}</source>
        <translation>身份证号 {id} · 电话 {phone}</translation>
    </message>
    <message>
        <source>Motivations: {words}</source>
        <translation>动机：{words}</translation>
    </message>
    <message>
        <source>Available: {words}</source>
        <translation>可服务时间：{words}</translation>
    </message>
    <message>
        <source>Emergency contact: {who}</source>
        <translation>紧急联系人：{who}</translation>
    </message>
    <message>
        <source>Import volunteers</source>
        <translation>导入志愿者</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Export volunteers</source>
        <translation>导出志愿者</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported {count} volunteers to {path}</source>
        <translation>已将 {count} 名志愿者导出到 {path}</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen {month}</source>
        <translation>重新打开 {month}</translation>
    </message>
    <message>
        <source>Reopening discards the stored rows of {month}; its review is computed from the data again. Say why: the reason is kept in the audit log.</source>
        <translation>重新打开将丢弃 {month} 已保存的考核结果，改为按数据重新计算。请说明原因：原因会记入审计日志。</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>重新打开的原因</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
</context>
<context>
    <name>RepeatWeekDialog</name>
    <message>
        <source>Repeat the week</source>
        <translation>重复本周排班</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <source>Repeat the shifts of {first} to {last} over the following</source>
        <translation>将 {first} 至 {last} 的排班重复到之后的</translation>
    </message>
    <message>
        <source>Those weeks become copies of this week's shifts. Leave, public holidays and days outside a staff member's employment keep what they have.</source>
        <translation>这些周将复制本周的排班。休假、法定节假日以及不在聘用期内的日期保持不变。</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Equivalents</source>
        <translation>当量</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Base line</source>
        <translation>基本线</translation>
    </message>
    <message>
        <source>Cap line</source>
        <translation>封顶线</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>全月休假</translation>
    </message>
    <message>
        <source>below base</source>
        <translation>低于基本线</translation>
    </message>
    <message>
        <source>basic</source>
        <translation>基本区</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>奖励区</translation>
    </message>
    <message>
        <source>over cap</source>
        <translation>超封顶线</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>空缺</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签核</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>quality missing</source>
        <translation>缺质量等级</translation>
    </message>
    <message>
        <source>value missing</source>
        <translation>缺当量单价</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>文件导入</translation>
    </message>
    <message>
        <source>from indicators</source>
        <translation>按指标计算</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>区段</translation>
    </message>
    <message>
        <source>Effective equivalents</source>
        <translation>有效服务量</translation>
    </message>
    <message>
        <source>Performance pay</source>
        <translation>绩效工资</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣减</translation>
    </message>
    <message>
        <source>understaffed</source>
        <translation>缺员</translation>
    </message>
    <message>
        <source>overstaffed</source>
        <translation>超员</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>适当</translation>
    </message>
    <message>
        <source>no doctors</source>
        <translation>无医生</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Export month…</source>
        <translation>导出本月…</translation>
    </message>
    <message>
        <source>Export year…</source>
        <translation>导出全年…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>考核表</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>工作质量</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>管理事件</translation>
    </message>
    <message>
        <source>Pay and shares</source>
        <translation>绩效与分摊</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Month-end review of {month}</source>
        <translation>{month} 月末考核</translation>
    </message>
    <message>
        <source>Exported the review of {month} ({count} doctors) to {path}</source>
        <translation>已将 {month} 的考核（{count} 名医生）导出到 {path}</translation>
    </message>
    <message>
        <source>Exporting {year}…</source>
        <translation>正在导出 {year} 年…</translation>
    </message>
    <message>
        <source>Exported the year {year} ({count} doctors) to {path}</source>
        <translation>已将 {year} 年（{count} 名医生）导出到 {path}</translation>
    </message>
    <message>
        <source>Export the month</source>
        <translation>导出本月</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the year</source>
        <translation>导出全年</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Base
line</source>
        <translation>基本线</translation>
    </message>
    <message>
        <source>Cap
line</source>
        <translation>封顶线</translation>
    </message>
    <message>
        <source>Equivalents</source>
        <translation>当量</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>区段</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Effective
equivalents</source>
        <translation>有效服务量</translation>
    </message>
    <message>
        <source>Deduction
ratio</source>
        <translation>扣减比例</translation>
    </message>
    <message>
        <source>Performance
pay</source>
        <translation>绩效工资</translation>
    </message>
    <message>
        <source>Basic pay
factor</source>
        <translation>基本工资
系数</translation>
    </message>
    <message>
        <source>Basic
pay</source>
        <translation>基本工资</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Search by name, number or post…</source>
        <translation>按姓名、工号或岗位搜索…</translation>
    </message>
    <message>
        <source>Copy week to next week</source>
        <translation>复制本周到下周</translation>
    </message>
    <message>
        <source>Repeat week…</source>
        <translation>重复本周…</translation>
    </message>
    <message>
        <source>Record leave…</source>
        <translation>登记休假…</translation>
    </message>
    <message>
        <source>Shift codes…</source>
        <translation>班次代码…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>{first} to {last} (week {week})</source>
        <translation>{first} 至 {last}（第 {week} 周）</translation>
    </message>
    <message>
        <source>{months} is signed: its leave cannot change.</source>
        <translation>{months} 已签署：其休假不能更改。</translation>
    </message>
    <message>
        <source>Put on the selected days:</source>
        <translation>排到所选日期：</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Leave replaced rostered shifts: {shifts}</source>
        <translation>休假替换了已排的班次：{shifts}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <source>{text} is not a shift code. The codes are: {codes}</source>
        <translation>{text} 不是班次代码。可用代码：{codes}</translation>
    </message>
    <message>
        <source>Copy the week</source>
        <translation>复制本周</translation>
    </message>
    <message>
        <source>Copy the shifts of the week from {monday} to the next week? Shifts already there are replaced; leave and public holidays stay as they are.</source>
        <translation>将 {monday} 开始的一周排班复制到下周？下周已有的排班将被替换；休假和法定节假日保持不变。</translation>
    </message>
    <message>
        <source>Rostering {weeks} weeks…</source>
        <translation>正在排班 {weeks} 周…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{days} days rostered from the week of {monday}</source>
        <translation>已按 {monday} 这一周排班 {days} 天</translation>
    </message>
    <message>
        <source>Duty roster {first} to {last}</source>
        <translation>排班表 {first} 至 {last}</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Roster written to {path}</source>
        <translation>排班表已写入 {path}</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation>导出排班表</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>On leave: counts against attendance</source>
        <translation>休假：计入出勤率</translation>
    </message>
    <message>
        <source>Also rostered {code} on this day of leave</source>
        <translation>休假当天同时排有 {code}</translation>
    </message>
    <message>
        <source>Not employed on this day</source>
        <translation>当天不在聘用期内</translation>
    </message>
    <message>
        <source>not a working day</source>
        <translation>非工作日</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>{path} is already open in CentreDesk on {host} (process {pid}, user {user}, since {since}).

Close it there first: two programs writing the same file would undo each other's work.</source>
        <translation>{path} 已在 {host} 上的 CentreDesk 中打开（进程 {pid}，用户 {user}，自 {since} 起）。

请先在那里关闭它：两个程序同时写入同一个文件会互相抵消对方的工作。</translation>
    </message>
    <message>
        <source>No backup was written on opening</source>
        <translation>打开时未能写入备份</translation>
    </message>
    <message>
        <source>Backed up ({name})</source>
        <translation>已备份（{name}）</translation>
    </message>
    <message>
        <source>backups: the PostgreSQL server's own tools</source>
        <translation>备份：由 PostgreSQL 服务器自身的工具完成</translation>
    </message>
    <message>
        <source>integrity check: no problems</source>
        <translation>完整性检查：无问题</translation>
    </message>
    <message>
        <source>The checks after opening failed</source>
        <translation>打开后的检查失败</translation>
    </message>
    <message>
        <source>Backup written: {name}</source>
        <translation>备份已写入：{name}</translation>
    </message>
    <message>
        <source>No backup was written</source>
        <translation>未写入备份</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>CentreDesk backups (*.db)</source>
        <translation>CentreDesk 备份 (*.db)</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server: back it up and restore it with the server's own tools (pg_dump and pg_restore). CentreDesk writes no copies of it.</source>
        <translation>此数据库位于 PostgreSQL 服务器上：请用服务器自身的工具（pg_dump 和 pg_restore）备份和恢复。CentreDesk 不为它写备份副本。</translation>
    </message>
    <message>
        <source>Replace all the data of this database with the backup {name}?

The data as it is now is kept as a backup first, and the window reopens on the restored data.</source>
        <translation>用备份 {name} 替换此数据库的全部数据？

当前数据会先保存为一份备份，窗口随后在恢复后的数据上重新打开。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The data was restored from {backup}.

The data as it was is kept in {kept}.</source>
        <translation>数据已从 {backup} 恢复。

恢复前的数据保存在 {kept}。</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>备份未恢复</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Centre name</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <source>Resident population</source>
        <translation>常住人口</translation>
    </message>
    <message>
        <source>Largest daily count of an item</source>
        <translation>单项每日最大数量</translation>
    </message>
    <message>
        <source>Volunteer hours a month before a warning</source>
        <translation>志愿者每月服务时长上限（超过则提示）</translation>
    </message>
    <message>
        <source>Star levels at hours</source>
        <translation>星级时长门槛（小时）</translation>
    </message>
    <message>
        <source>Volunteer service areas</source>
        <translation>志愿服务领域</translation>
    </message>
    <message>
        <source>Volunteer skills</source>
        <translation>志愿者技能</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>第二备份文件夹</translation>
    </message>
    <message>
        <source>Lock the window after minutes without use (0: never)</source>
        <translation>无操作多少分钟后锁定窗口（0：从不）</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>程序</translation>
    </message>
</context>
<context>
    <name>SharesTableModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Current share</source>
        <translation>现行比例</translation>
    </message>
    <message>
        <source>Proposed share</source>
        <translation>测算比例</translation>
    </message>
    <message>
        <source>Equivalents {year}</source>
        <translation>{year} 年当量</translation>
    </message>
</context>
<context>
    <name>ShiftCodesDialog</name>
    <message>
        <source>Shift codes</source>
        <translation>班次代码</translation>
    </message>
    <message>
        <source>Search codes…</source>
        <translation>搜索代码…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>work shift</source>
        <translation>工作班次</translation>
    </message>
    <message>
        <source>rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>leave (counts against attendance)</source>
        <translation>休假（计入出勤率）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>新建代码</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>恢复使用</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign {month}</source>
        <translation>签核 {month}</translation>
    </message>
    <message>
        <source>Sign the month</source>
        <translation>签核本月</translation>
    </message>
    <message>
        <source>Signing stores the {count} rows of {month} as they are: performance pay {pay} in total. Afterwards no workload, quality, event, leave or pay change is accepted for the month until it is reopened.</source>
        <translation>签核将按现状保存 {month} 的 {count} 行考核结果：绩效工资合计 {pay}。签核后，在重新打开之前，本月不再接受工作量、质量、事件、请假或绩效设置的修改。</translation>
    </message>
    <message>
        <source>Open comments of the doctors ({count})</source>
        <translation>医生未处理的意见（{count}）</translation>
    </message>
</context>
<context>
    <name>SlipBatchRunner</name>
    <message>
        <source>Making the slips of {month}…</source>
        <translation>正在生成 {month} 的考核单…</translation>
    </message>
    <message>
        <source>Print the slips of {month}</source>
        <translation>打印 {month} 的考核单</translation>
    </message>
    <message>
        <source>Printing {name}…</source>
        <translation>正在打印 {name}…</translation>
    </message>
    <message>
        <source>Slips</source>
        <translation>考核单</translation>
    </message>
    <message>
        <source>Cancelled after {done} of {total} slips: the {done} files in {folder} are whole; the combined file for the printer was not made.</source>
        <translation>已在 {total} 份中的第 {done} 份后取消：{folder} 中的 {done} 个文件完整无缺；未生成供打印的合并文件。</translation>
    </message>
    <message>
        <source>Wrote {count} DRAFT slips (the month is not signed) to {folder}.</source>
        <translation>已将 {count} 份草稿考核单（该月未签核）写入 {folder}。</translation>
    </message>
    <message>
        <source>Wrote {count} slips to {folder}.</source>
        <translation>已将 {count} 份考核单写入 {folder}。</translation>
    </message>
    <message>
        <source>The slips were not made: {error}</source>
        <translation>未生成考核单：{error}</translation>
    </message>
    <message>
        <source>Sent {printed} of {total} pages to the printer.</source>
        <translation>已将 {total} 页中的 {printed} 页发送到打印机。</translation>
    </message>
    <message>
        <source>Not printed: {error}</source>
        <translation>未打印：{error}</translation>
    </message>
</context>
<context>
    <name>SlipPreview</name>
    <message>
        <source>Choose a doctor to see their slip.</source>
        <translation>请选择一位医生查看其考核单。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>DRAFT: {month} is not signed. Its slips are marked DRAFT and are not for signing; they become final once the director signs the month.</source>
        <translation>草稿：{month} 尚未签核。该月考核单标有“草稿”(DRAFT)字样，不可用于签字；主任签核该月后方为正式考核单。</translation>
    </message>
    <message>
        <source>Ready to print.</source>
        <translation>可以打印。</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>打印考核单</translation>
    </message>
    <message>
        <source>Not printed: {error}</source>
        <translation>未打印：{error}</translation>
    </message>
    <message>
        <source>Sent to the printer: {title}</source>
        <translation>已发送到打印机：{title}</translation>
    </message>
    <message>
        <source>{path} cannot be written: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>Save the slip</source>
        <translation>保存考核单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SlipsScreen</name>
    <message>
        <source>Make the month's slips…</source>
        <translation>生成本月考核单…</translation>
    </message>
    <message>
        <source>Print the month…</source>
        <translation>打印本月…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Slips of</source>
        <translation>考核单月份</translation>
    </message>
    <message>
        <source>Reading the slips of {month}…</source>
        <translation>正在读取 {month} 的考核单…</translation>
    </message>
    <message>
        <source>{month} has no slips to show.</source>
        <translation>{month} 没有可显示的考核单。</translation>
    </message>
    <message>
        <source>No slip to show.</source>
        <translation>没有可显示的考核单。</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签核</translation>
    </message>
    <message>
        <source>Not signed: DRAFT</source>
        <translation>未签核：草稿</translation>
    </message>
    <message>
        <source>Making the slip of {title}…</source>
        <translation>正在生成 {title} 的考核单…</translation>
    </message>
    <message>
        <source>Make the month's slips first.</source>
        <translation>请先生成本月考核单。</translation>
    </message>
    <message>
        <source>Folder for the slips of {month}</source>
        <translation>{month} 考核单的保存文件夹</translation>
    </message>
</context>
<context>
    <name>SlipsTableModel</name>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Performance pay</source>
        <translation>绩效工资</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <source>Has left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Start of employment</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>End of employment</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Basic pay per month</source>
        <translation>每月基本工资</translation>
    </message>
    <message>
        <source>Post or title changes from</source>
        <translation>岗位或职称变更生效日期</translation>
    </message>
    <message>
        <source>basic pay must be a number</source>
        <translation>基本工资必须是数字</translation>
    </message>
</context>
<context>
    <name>StaffRegisterTab</name>
    <message>
        <source>Search by number, name, post or title…</source>
        <translation>按工号、姓名、岗位或职称搜索…</translation>
    </message>
    <message>
        <source>Add staff…</source>
        <translation>新增人员…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>入职</translation>
    </message>
    <message>
        <source>End</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>Basic pay</source>
        <translation>基本工资</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>employed</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未入职</translation>
    </message>
    <message>
        <source>Import staff</source>
        <translation>导入人员</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Export staff</source>
        <translation>导出人员</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported {count} staff to {path}</source>
        <translation>已导出 {count} 名人员到 {path}</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff register</source>
        <translation>人员名册</translation>
    </message>
    <message>
        <source>Posts and titles</source>
        <translation>岗位与职称</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>Staffing calculator</source>
        <translation>岗位人数计算</translation>
    </message>
</context>
<context>
    <name>StaffingCalculatorTab</name>
    <message>
        <source>e.g. {example}</source>
        <translation>例如 {example}</translation>
    </message>
    <message>
        <source>What the population needs</source>
        <translation>人群的服务需求</translation>
    </message>
    <message>
        <source>Resident population</source>
        <translation>常住人口</translation>
    </message>
    <message>
        <source>Two-week prevalence</source>
        <translation>两周患病率</translation>
    </message>
    <message>
        <source>Visits per episode</source>
        <translation>每次患病平均就诊次数</translation>
    </message>
    <message>
        <source>Share of visits made in the community</source>
        <translation>到社区就医比例</translation>
    </message>
    <message>
        <source>Public health equivalents needed a year</source>
        <translation>每年所需公共卫生当量</translation>
    </message>
    <message>
        <source>Shares are fractions: 0.15 for 15 %. A year has 26.07 fortnights.</source>
        <translation>比例用小数表示：15% 填 0.15。一年有 26.07 个两周。</translation>
    </message>
    <message>
        <source>What one person can do in a year</source>
        <translation>每人每年能完成的工作量</translation>
    </message>
    <message>
        <source>Published: 7170 visits</source>
        <translation>公布值：7170 人次</translation>
    </message>
    <message>
        <source>From working time</source>
        <translation>按工作时间计算</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>手工输入</translation>
    </message>
    <message>
        <source>GP capacity used</source>
        <translation>采用的全科医生服务能力</translation>
    </message>
    <message>
        <source>Working days a year</source>
        <translation>年工作日数</translation>
    </message>
    <message>
        <source>Hours a day</source>
        <translation>每日工时</translation>
    </message>
    <message>
        <source>Minutes a visit</source>
        <translation>每人次分钟数</translation>
    </message>
    <message>
        <source>Share of time for service</source>
        <translation>用于服务的时间比例</translation>
    </message>
    <message>
        <source>Public health capacity (equivalents)</source>
        <translation>公共卫生服务能力（当量）</translation>
    </message>
    <message>
        <source>The working</source>
        <translation>计算过程</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Demand per doctor is the post's equivalents over the 12 months ÷ its full-time doctors. Above the cap ratio × annual target × post coefficient the post is understaffed; below the base ratio × … it is overstaffed.</source>
        <translation>人均负荷 = 该岗位 12 个月的当量 ÷ 折合全职医生数。高于封顶比例 × 年度目标 × 岗位系数即为人员不足；低于基本比例 × … 即为人员过剩。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>算式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Demand (equivalents)</source>
        <translation>负荷量（当量）</translation>
    </message>
    <message>
        <source>Full-time doctors</source>
        <translation>折合全职医生</translation>
    </message>
    <message>
        <source>Demand per doctor</source>
        <translation>人均负荷</translation>
    </message>
    <message>
        <source>Overstaffed below</source>
        <translation>低于此为人员过剩</translation>
    </message>
    <message>
        <source>Understaffed above</source>
        <translation>高于此为人员不足</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>understaffed</source>
        <translation>缺员</translation>
    </message>
    <message>
        <source>overstaffed</source>
        <translation>超员</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>适当</translation>
    </message>
    <message>
        <source>no doctors counted</source>
        <translation>未计入医生</translation>
    </message>
    <message>
        <source>GP capacity (visits a year)</source>
        <translation>全科医生服务能力（人次/年）</translation>
    </message>
    <message>
        <source>GP capacity from working time</source>
        <translation>按工作时间计算的全科医生服务能力</translation>
    </message>
    <message>
        <source>Visits a year to the community</source>
        <translation>社区年就诊人次</translation>
    </message>
    <message>
        <source>GP doctors needed</source>
        <translation>所需全科医生数</translation>
    </message>
    <message>
        <source>Public health staff needed</source>
        <translation>所需公共卫生人员数</translation>
    </message>
    <message>
        <source>published</source>
        <translation>公布值</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>手工输入</translation>
    </message>
    <message>
        <source>Fill in what the population needs to calculate.</source>
        <translation>请填写人群的服务需求以进行计算。</translation>
    </message>
    <message>
        <source>GP doctors needed: {gp}    Public health staff needed: {ph}</source>
        <translation>所需全科医生：{gp}    所需公共卫生人员：{ph}</translation>
    </message>
    <message>
        <source>= {capacity} visits</source>
        <translation>= {capacity} 人次</translation>
    </message>
    <message>
        <source>Published: {gp} visits and {ph} equivalents a year. The source's own working time gives {derived} visits: its figures do not reproduce 7170.</source>
        <translation>公布值：每年 {gp} 人次和 {ph} 当量。按原文给出的工作时间计算为 {derived} 人次：原文数据无法得出 7170。</translation>
    </message>
    <message>
        <source>Staffing test per post: 12 months to {month}</source>
        <translation>各岗位人员配置检验：截至 {month} 的 12 个月</translation>
    </message>
    <message>
        <source>Staffing test per post: {reason}</source>
        <translation>各岗位人员配置检验：{reason}</translation>
    </message>
    <message>
        <source>Export the staffing calculation</source>
        <translation>导出岗位人数计算</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Staffing calculation written to {path}</source>
        <translation>岗位人数计算已写入 {path}</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>计算器</translation>
    </message>
    <message>
        <source>Staffing test</source>
        <translation>人员配置检验</translation>
    </message>
</context>
<context>
    <name>StaffingTableModel</name>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Annual
demand</source>
        <translation>年需求当量</translation>
    </message>
    <message>
        <source>Doctors
(FTE)</source>
        <translation>医生数
（全时当量）</translation>
    </message>
    <message>
        <source>Per
doctor</source>
        <translation>人均需求</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Upper</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <source>Search idle volunteers…</source>
        <translation>搜索长期未服务的志愿者…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>统计日期</translation>
    </message>
    <message>
        <source>Hours this month</source>
        <translation>本月时长</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未服务</translation>
    </message>
    <message>
        <source>Last served</source>
        <translation>最近服务日期</translation>
    </message>
    <message>
        <source>Upcoming activities that fit</source>
        <translation>适合的近期活动</translation>
    </message>
    <message>
        <source>Over-committed in {month} (up to the date)</source>
        <translation>{month} 服务时长超限（截至统计日期）</translation>
    </message>
    <message>
        <source>Idle for 183 days: {count} to call, with activities that fit them</source>
        <translation>183 天未服务：{count} 人待回访，附适合的活动</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>{share} of the population</source>
        <translation>占常住人口 {share}</translation>
    </message>
    <message>
        <source>Active (served in the last 365 days)</source>
        <translation>活跃（近 365 天有服务）</translation>
    </message>
    <message>
        <source>Resident population</source>
        <translation>常住人口</translation>
    </message>
    <message>
        <source>shares are of this figure (setting population)</source>
        <translation>比例以此为分母（设置项 population）</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Statistics written to {path}</source>
        <translation>统计已写入 {path}</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <source>Suggested volunteers</source>
        <translation>推荐的志愿者</translation>
    </message>
    <message>
        <source>Sign up the ticked</source>
        <translation>为勾选的志愿者报名</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未服务</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Last served</source>
        <translation>最近服务日期</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>{title} on {day} ({area}) has {open} open places. {count} available volunteers fit it, least recently served first; the first are ticked.</source>
        <translation>{day} 的{title}（{area}）还有 {open} 个空缺。共有 {count} 名合适的志愿者有空，按最久未服务排在前面；已勾选排在最前的几位。</translation>
    </message>
    <message>
        <source>Tick at least one volunteer.</source>
        <translation>请至少勾选一名志愿者。</translation>
    </message>
</context>
<context>
    <name>TitleDialog</name>
    <message>
        <source>Edit title</source>
        <translation>编辑职称</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>新建职称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>coefficient</source>
        <translation>系数</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>新增培训</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Search volunteers…</source>
        <translation>搜索志愿者…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>领域</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <source>Search by topic or date…</source>
        <translation>按主题或日期搜索…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Search attendees…</source>
        <translation>搜索参加人员…</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>新增培训…</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>出勤…</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>Edit volunteer</source>
        <translation>编辑志愿者</translation>
    </message>
    <message>
        <source>Register volunteer</source>
        <translation>登记志愿者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>National ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>18 characters, the last may be X</source>
        <translation>18 位，最后一位可以是 X</translation>
    </message>
    <message>
        <source>13912345678 or 0571-88881234</source>
        <translation>13912345678 或 0571-88881234</translation>
    </message>
    <message>
        <source>Other skills, separated by 、 or ,</source>
        <translation>其他技能，用“、”或“,”分隔</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Motivations</source>
        <translation>动机</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可服务时间</translation>
    </message>
    <message>
        <source>{count} of 18 characters</source>
        <translation>已输入 {count} / 18 位</translation>
    </message>
    <message>
        <source>Not a valid ID number: {reason}</source>
        <translation>身份证号无效：{reason}</translation>
    </message>
    <message>
        <source>Valid: born {born}, {gender}</source>
        <translation>有效：出生于 {born}，{gender}</translation>
    </message>
    <message>
        <source>none listed yet</source>
        <translation>尚未设置</translation>
    </message>
</context>
<context>
    <name>VolunteerImport</name>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
</context>
<context>
    <name>Volunteers</name>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>employed</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>learn skills</source>
        <translation>学习技能</translation>
    </message>
    <message>
        <source>meet people</source>
        <translation>结交朋友</translation>
    </message>
    <message>
        <source>contribute</source>
        <translation>奉献社会</translation>
    </message>
    <message>
        <source>weekday mornings</source>
        <translation>工作日上午</translation>
    </message>
    <message>
        <source>weekday afternoons</source>
        <translation>工作日下午</translation>
    </message>
    <message>
        <source>weekday evenings</source>
        <translation>工作日晚上</translation>
    </message>
    <message>
        <source>weekend mornings</source>
        <translation>周末上午</translation>
    </message>
    <message>
        <source>weekend afternoons</source>
        <translation>周末下午</translation>
    </message>
    <message>
        <source>weekend evenings</source>
        <translation>周末晚上</translation>
    </message>
    <message>
        <source>pre-service</source>
        <translation>岗前培训</translation>
    </message>
    <message>
        <source>in-service</source>
        <translation>在岗培训</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>较差</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>18 岁以下</translation>
    </message>
    <message>
        <source>18–34</source>
        <translation>18–34 岁</translation>
    </message>
    <message>
        <source>35–59</source>
        <translation>35–59 岁</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 岁及以上</translation>
    </message>
</context>
<context>
    <name>VolunteersScreen</name>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>表彰</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
</context>
<context>
    <name>WorkflowBar</name>
    <message>
        <source>Mark reviewed</source>
        <translation>标记为已审核</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>签核…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
</context>
<context>
    <name>WorkingPanel</name>
    <message>
        <source>Select a doctor to see how their month was computed.</source>
        <translation>选择一名医生，查看其本月考核的计算过程。</translation>
    </message>
    <message>
        <source>{staff_no} {name}, {month}</source>
        <translation>{staff_no} {name}，{month}</translation>
    </message>
    <message>
        <source>signed: figures as stored</source>
        <translation>已签核：按保存的数值</translation>
    </message>
    <message>
        <source>open: figures as of now</source>
        <translation>未签核：按当前数据</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>, medical error</source>
        <translation>，医疗差错</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Equiv.</source>
        <translation>当量</translation>
    </message>
    <message>
        <source>Coef.</source>
        <translation>系数</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source> (bonus)</source>
        <translation>（奖）</translation>
    </message>
</context>
<context>
    <name>WorkloadEntryTab</name>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>By doctor</source>
        <translation>按医生</translation>
    </message>
    <message>
        <source>Previous day or doctor (Alt+Left)</source>
        <translation>上一天或上一位医生 (Alt+Left)</translation>
    </message>
    <message>
        <source>Next day or doctor (Alt+Right)</source>
        <translation>下一天或下一位医生 (Alt+Right)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Find a doctor…</source>
        <translation>查找医生…</translation>
    </message>
    <message>
        <source>Drill-down…</source>
        <translation>明细…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export month…</source>
        <translation>导出本月…</translation>
    </message>
    <message>
        <source>Month total: {equivalents} equivalents, bonus {bonus}</source>
        <translation>本月合计：{equivalents} 当量，奖励当量 {bonus}</translation>
    </message>
    <message>
        <source>Day total: {equivalents} equivalents, bonus {bonus}</source>
        <translation>当日合计：{equivalents} 当量，奖励当量 {bonus}</translation>
    </message>
    <message>
        <source>Cells saved: {count}</source>
        <translation>已保存单元格：{count}</translation>
    </message>
    <message>
        <source>Import workload</source>
        <translation>导入工作量</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Export the month's workload</source>
        <translation>导出本月工作量</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported {rows} doctor-days of {month} to {path}</source>
        <translation>已导出 {month} 的 {rows} 个医生日到 {path}</translation>
    </message>
</context>
<context>
    <name>WorkloadGrid</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>{detail} is signed: its workload cannot change until it is reopened</source>
        <translation>{detail} 已签核：重新开启前不能修改其工作量</translation>
    </message>
    <message>
        <source>There is no policy for {detail}: import one before entering workload</source>
        <translation>没有 {detail} 年度的考核方案：请先导入方案再录入工作量</translation>
    </message>
    <message>
        <source>Only the administrator enters workload; you can read it</source>
        <translation>只有管理员可以录入工作量；您可以查看</translation>
    </message>
    <message>
        <source>Not employed on {detail}</source>
        <translation>{detail} 不在聘</translation>
    </message>
    <message>
        <source>{detail} is no longer in use</source>
        <translation>{detail} 已停用</translation>
    </message>
    <message>
        <source>{detail} has no equivalents in force on this day</source>
        <translation>{detail} 在当天没有生效的当量</translation>
    </message>
    <message>
        <source>"{text}" is not a whole number: type a count</source>
        <translation>“{text}”不是整数：请输入数量</translation>
    </message>
    <message>
        <source>A count cannot be negative ({text})</source>
        <translation>数量不能为负数（{text}）</translation>
    </message>
    <message>
        <source>{text} is above the daily maximum of {maximum} (setting daily_count_maximum)</source>
        <translation>{text} 超过每日上限 {maximum}（设置项 daily_count_maximum）</translation>
    </message>
</context>
<context>
    <name>WorkloadGridTableModel</name>
    <message>
        <source>Equivalents</source>
        <translation>当量</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖励当量</translation>
    </message>
    <message>
        <source>Type {count}</source>
        <translation>输入 {count}</translation>
    </message>
    <message>
        <source>The equivalents are worked out from the counts</source>
        <translation>当量由数量自动计算</translation>
    </message>
    <message>
        <source>Σ count × equivalents × coefficient of the row</source>
        <translation>本行 Σ 数量 × 当量 × 系数</translation>
    </message>
    <message>
        <source>One service: {unit} equivalents</source>
        <translation>每次服务：{unit} 当量</translation>
    </message>
    <message>
        <source>Equivalents of the row (counted in the month's E)</source>
        <translation>本行当量（计入当月工作量 E）</translation>
    </message>
    <message>
        <source>Bonus equivalents of the row (research and teaching, paid outside the cap)</source>
        <translation>本行奖励当量（科研带教，不受封顶限制）</translation>
    </message>
    <message>
        <source>Bonus item</source>
        <translation>奖励项目</translation>
    </message>
</context>
<context>
    <name>WorkloadGridView</name>
    <message>
        <source>Paste {rows} × {columns}</source>
        <translation>粘贴 {rows} × {columns}</translation>
    </message>
    <message>
        <source>Choose the cell where the block should start</source>
        <translation>请选择粘贴区域左上角的单元格</translation>
    </message>
    <message>
        <source>The block of {rows} × {columns} does not fit from here</source>
        <translation>{rows} × {columns} 的区域从此处放不下</translation>
    </message>
    <message>
        <source>Clear {count} cells</source>
        <translation>清除 {count} 个单元格</translation>
    </message>
    <message>
        <source>Nothing pasted: {where}: {reason}</source>
        <translation>未粘贴任何内容：{where}：{reason}</translation>
    </message>
</context>
<context>
    <name>WorkloadImport</name>
    <message>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>Workload import</source>
        <translation>工作量导入</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed</source>
        <translation>导入已取消：没有任何改动</translation>
    </message>
    <message>
        <source>{rows} rows from {file}: {added} new, {replaced} replaced, {removed} removed, {unchanged} unchanged</source>
        <translation>{file} 共 {rows} 行：新增 {added}，替换 {replaced}，删除 {removed}，不变 {unchanged}</translation>
    </message>
</context>
<context>
    <name>WorkloadScreen</name>
    <message>
        <source>Daily entry</source>
        <translation>每日录入</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>服务项目目录</translation>
    </message>
</context>
<context>
    <name>YearMonthTableModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Equivalents</source>
        <translation>当量</translation>
    </message>
    <message>
        <source>Performance
pay</source>
        <translation>绩效工资</translation>
    </message>
    <message>
        <source>Distributable</source>
        <translation>可分配金额</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>储备金</translation>
    </message>
</context>
<context>
    <name>YearTab</name>
    <message>
        <source>Months and the reserve of their funds</source>
        <translation>各月及基金储备金</translation>
    </message>
    <message>
        <source>Staffing test per post</source>
        <translation>岗位人员配置检验</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>{recorded} of 12 months have recorded workload; months without any are left empty. The staffing test annualises the recorded months.</source>
        <translation>12 个月中有 {recorded} 个月有工作量记录，无记录的月份留空。人员配置检验按已记录月份折算全年。</translation>
    </message>
</context>
<context>
    <name>YearTableModel</name>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>_CoefficientDialog</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>系数</translation>
    </message>
    <message>
        <source>Applies from the policy of</source>
        <translation>适用自以下年度的方案</translation>
    </message>
    <message>
        <source>The coefficient changes in the chosen year's policy and every later one. Signed months keep the figures they were signed with.</source>
        <translation>系数将在所选年度及其后各年度的方案中修改。已签署的月份保留签署时的数据。</translation>
    </message>
    <message>
        <source>There is no policy yet: import one first.</source>
        <translation>尚无考核方案：请先导入。</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>self.app</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
</TS>